<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>BookingError</name>
    <message>
        <source>Some of the information given is missing or not valid.</source>
        <translation>بعض المعلومات المقدمة ناقصة أو غير صحيحة.</translation>
    </message>
    <message>
        <source>This doctor, consultation type or appointment does not exist or is no longer offered.</source>
        <translation>هذا الطبيب أو نوع الاستشارة أو الموعد غير موجود أو لم يعد متاحًا.</translation>
    </message>
    <message>
        <source>This consultation is for emergencies only and can be booked for today or tomorrow.</source>
        <translation>هذه الاستشارة مخصصة للحالات المستعجلة فقط ويمكن حجزها لليوم أو للغد.</translation>
    </message>
    <message>
        <source>This consultation is reserved for patients already followed by this doctor.</source>
        <translation>هذه الاستشارة مخصصة للمرضى الذين يتابعهم هذا الطبيب من قبل.</translation>
    </message>
    <message>
        <source>Online booking is not available for you. Please call the clinic.</source>
        <translation>الحجز عبر الإنترنت غير متاح لكم. يرجى الاتصال بالعيادة.</translation>
    </message>
    <message>
        <source>The doctor is absent at this time.</source>
        <translation>الطبيب غائب في هذا الوقت.</translation>
    </message>
    <message>
        <source>This time is outside the doctor&apos;s working hours.</source>
        <translation>هذا الوقت خارج ساعات عمل الطبيب.</translation>
    </message>
    <message>
        <source>This time does not match the schedule of this consultation type.</source>
        <translation>هذا الوقت لا يتوافق مع جدول هذا النوع من الاستشارات.</translation>
    </message>
    <message>
        <source>This time has already passed or is too close to be booked.</source>
        <translation>هذا الوقت قد مضى أو أنه قريب جدًا ولا يمكن حجزه.</translation>
    </message>
    <message>
        <source>This date is too far ahead: the agenda is not open yet.</source>
        <translation>هذا التاريخ بعيد جدًا: المفكرة لم تُفتح بعد.</translation>
    </message>
    <message>
        <source>This time is no longer available. Please choose another one.</source>
        <translation>هذا الموعد لم يعد متاحًا. يرجى اختيار موعد آخر.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a minute and try again.</source>
        <translation>طلبات كثيرة جدًا. يرجى الانتظار دقيقة ثم إعادة المحاولة.</translation>
    </message>
    <message>
        <source>Access denied: a valid token is required.</source>
        <translation>تم رفض الوصول: يلزم رمز صالح.</translation>
    </message>
    <message>
        <source>The database could not save the change. Nothing was modified.</source>
        <translation>تعذّر على قاعدة البيانات حفظ التغيير. لم يتم تعديل أي شيء.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a doctor API token was generated; keep it, it is shown only once: %1</source>
        <translation>تم إنشاء رمز وصول للطبيب؛ احتفظوا به، فهو لا يُعرض إلا مرة واحدة: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>تعذّر الاستماع على %1: %2</translation>
    </message>
    <message>
        <source>Clinic: %1 (%2)</source>
        <translation>العيادة: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n appointment(s) today</source>
        <translation>
            <numerusform>%1، %2: لا مواعيد اليوم</numerusform>
            <numerusform>%1، %2: موعد واحد اليوم</numerusform>
            <numerusform>%1، %2: موعدان اليوم</numerusform>
            <numerusform>%1، %2: %n مواعيد اليوم</numerusform>
            <numerusform>%1، %2: %n موعدًا اليوم</numerusform>
            <numerusform>%1، %2: %n موعد اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>TBIB: practice management for medical clinics.</source>
        <translation>طبيب: تسيير العيادات الطبية.</translation>
    </message>
    <message>
        <source>Use the database at PATH instead of the default one.</source>
        <translation>استعمال قاعدة البيانات الموجودة في PATH بدل القاعدة الافتراضية.</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo clinic.</source>
        <translation>ملء قاعدة بيانات فارغة بعيادة تجريبية.</translation>
    </message>
    <message>
        <source>Import a clinic file (JSON) into the database, then exit.</source>
        <translation>استيراد ملف عيادة (JSON) إلى قاعدة البيانات، ثم الخروج.</translation>
    </message>
    <message>
        <source>Export the clinic&apos;s data to a JSON file, then exit.</source>
        <translation>تصدير معطيات العيادة إلى ملف JSON، ثم الخروج.</translation>
    </message>
    <message>
        <source>Run only the booking server, with no window.</source>
        <translation>تشغيل خادم الحجز وحده، دون نافذة.</translation>
    </message>
    <message>
        <source>Address of the booking server (default 127.0.0.1:8080).</source>
        <translation>عنوان خادم الحجز (افتراضيًا 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The doctor API token.</source>
        <translation>رمز وصول الطبيب إلى الواجهة البرمجية.</translation>
    </message>
    <message>
        <source>Language of the interface: fr (default), en, ar.</source>
        <translation>لغة الواجهة: fr (افتراضيًا)، en، ar.</translation>
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation>معطى غير متوقع: %1 (انظروا --help)</translation>
    </message>
    <message>
        <source>unknown language %1: choose fr, en or ar.</source>
        <translation>لغة غير معروفة %1: اختاروا fr أو en أو ar.</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>ينتظر --listen صيغة HOST:PORT، مثل 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>demo clinic refused: %1</source>
        <translation>تم رفض العيادة التجريبية: %1</translation>
    </message>
    <message>
        <source>The demo clinic was written to %1.</source>
        <translation>تمت كتابة العيادة التجريبية في %1.</translation>
    </message>
    <message>
        <source>import of %1 refused, nothing was changed: %2</source>
        <translation>تم رفض استيراد %1، ولم يتغير أي شيء: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>تم استيراد %1 إلى %2.</translation>
    </message>
    <message>
        <source>export to %1 failed: %2</source>
        <translation>فشل التصدير إلى %1: %2</translation>
    </message>
    <message>
        <source>Exported the clinic to %1.</source>
        <translation>تم تصدير العيادة إلى %1.</translation>
    </message>
    <message>
        <source>The database %1 was empty: it now holds the demo clinic.</source>
        <translation>كانت قاعدة البيانات %1 فارغة: أصبحت تحتوي الآن على العيادة التجريبية.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>No display is available (DISPLAY and WAYLAND_DISPLAY are unset): on a machine without a screen, the booking server runs with &apos;tbib --serve&apos;.</source>
        <translation>لا توجد شاشة متاحة (DISPLAY وWAYLAND_DISPLAY غير معرّفين): على جهاز بلا شاشة، يُشغَّل خادم الحجز بالأمر &apos;tbib --serve&apos;.</translation>
    </message>
    <message>
        <source>the changes made by other workstations will not be shown live: %1</source>
        <translation>لن تُعرض مباشرةً التعديلات التي تُجرى على المحطات الأخرى: %1</translation>
    </message>
</context>
<context>
    <name>ClinicFile</name>
    <message>
        <source>missing required field %1</source>
        <translation>الحقل الإلزامي %1 مفقود</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>يجب أن يكون %1 نصًا</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>يجب ألا يكون %1 فارغًا</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>يجب أن يكون %1 بين %2 و%3</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>يجب أن تكون قيمة %1 هي true أو false</translation>
    </message>
    <message>
        <source>%1 must be a real date written YYYY-MM-DD, not %2</source>
        <translation>يجب أن يكون %1 تاريخًا حقيقيًا بصيغة YYYY-MM-DD، وليس %2</translation>
    </message>
    <message>
        <source>%1 must be a real date-time in ISO 8601 (2026-11-24T09:00:00+01:00, or without offset in the clinic&apos;s time zone), not %2</source>
        <translation>يجب أن يكون %1 تاريخًا ووقتًا حقيقيين بصيغة ISO 8601 (2026-11-24T09:00:00+01:00، أو دون فارق بتوقيت العيادة)، وليس %2</translation>
    </message>
    <message>
        <source>%1 must be base64 data</source>
        <translation>يجب أن يكون %1 معطيات بترميز base64</translation>
    </message>
    <message>
        <source>hours must be an object such as {&quot;mon&quot;: [[&quot;09:00&quot;, &quot;12:30&quot;]]}</source>
        <translation>يجب أن يكون hours كائنًا مثل {&quot;mon&quot;: [[&quot;09:00&quot;, &quot;12:30&quot;]]}</translation>
    </message>
    <message>
        <source>%1: unknown day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1: يوم غير معروف (mon، tue، wed، thu، fri، sat، sun)</translation>
    </message>
    <message>
        <source>%1 must be a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;] intervals</source>
        <translation>يجب أن يكون %1 قائمة فترات [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>%1[%2] must be a pair of times [&quot;HH:MM&quot;, &quot;HH:MM&quot;] between 00:00 and 24:00</source>
        <translation>يجب أن يكون %1[%2] زوجًا من الأوقات [&quot;HH:MM&quot;, &quot;HH:MM&quot;] بين 00:00 و24:00</translation>
    </message>
    <message>
        <source>%1: intervals must not be empty, reversed or overlapping</source>
        <translation>%1: يجب ألا تكون الفترات فارغة أو معكوسة أو متداخلة</translation>
    </message>
    <message>
        <source>duplicate key %1 (already used by %2)</source>
        <translation>المفتاح %1 مكرر (مستعمل من قبل في %2)</translation>
    </message>
    <message>
        <source>%1 %2 matches no key in %3</source>
        <translation>%1 %2 لا يطابق أي مفتاح في %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>يجب أن يكون مصفوفة</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>يجب ألا يكون name فارغًا</translation>
    </message>
    <message>
        <source>timezone %1 is not a known IANA time zone</source>
        <translation>المنطقة الزمنية %1 ليست منطقة IANA معروفة</translation>
    </message>
    <message>
        <source>min_notice_minutes and booking_rate_limit_per_minute must not be negative, horizon_days must be at least 1</source>
        <translation>يجب ألا تكون قيمتا min_notice_minutes وbooking_rate_limit_per_minute سالبتين، ويجب ألا تقل horizon_days عن 1</translation>
    </message>
    <message>
        <source>duplicate or missing id</source>
        <translation>المعرّف مفقود أو مكرر</translation>
    </message>
    <message>
        <source>no_show_limit must not be negative</source>
        <translation>يجب ألا يكون no_show_limit سالبًا</translation>
    </message>
    <message>
        <source>doctor %1 matches no doctor</source>
        <translation>الطبيب %1 لا يطابق أي طبيب</translation>
    </message>
    <message>
        <source>duration must be between %1 and %2</source>
        <translation>يجب أن تكون المدة بين %1 و%2</translation>
    </message>
    <message>
        <source>color must be written #RRGGBB, not %1</source>
        <translation>يجب أن يُكتب اللون بصيغة #RRGGBB، وليس %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>يجب أن تكون النهاية بعد البداية</translation>
    </message>
    <message>
        <source>first_name and last_name must not be empty</source>
        <translation>يجب ألا يكون first_name وlast_name فارغين</translation>
    </message>
    <message>
        <source>birth_date must be a real date after 1880</source>
        <translation>يجب أن يكون birth_date تاريخًا حقيقيًا بعد 1880</translation>
    </message>
    <message>
        <source>phone must hold a phone number, not %1</source>
        <translation>يجب أن يحتوي phone على رقم هاتف، وليس %1</translation>
    </message>
    <message>
        <source>no_show_count must not be negative</source>
        <translation>يجب ألا يكون no_show_count سالبًا</translation>
    </message>
    <message>
        <source>patient %1 matches no patient</source>
        <translation>المريض %1 لا يطابق أي مريض</translation>
    </message>
    <message>
        <source>type %1 matches no consultation type</source>
        <translation>النوع %1 لا يطابق أي نوع استشارة</translation>
    </message>
    <message>
        <source>type %1 belongs to doctor %2, not to the appointment&apos;s doctor %3</source>
        <translation>النوع %1 تابع للطبيب %2، وليس لطبيب الموعد %3</translation>
    </message>
    <message>
        <source>an appointment lasts at most 24 hours</source>
        <translation>لا تتجاوز مدة الموعد 24 ساعة</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2); is it complete?</source>
        <translation>الملف ليس JSON صالحًا (%1 عند البايت %2)؛ هل هو كامل؟</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>يجب أن يحتوي الملف على كائن JSON واحد</translation>
    </message>
    <message>
        <source>not a TBIB clinic file: &quot;format&quot; must be &quot;tbib-clinic&quot;</source>
        <translation>ليس ملف عيادة TBIB: يجب أن تكون قيمة &quot;format&quot; هي &quot;tbib-clinic&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1, the version this program reads</source>
        <translation>يجب أن تكون قيمة &quot;version&quot; هي %1، وهي النسخة التي يقرؤها هذا البرنامج</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>مفقود أو ليس كائنًا</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>birth_date %1 is in the future</source>
        <translation>birth_date %1 في المستقبل</translation>
    </message>
    <message>
        <source>unknown status %1 (booked, arrived, in_progress, done, no_show, cancelled)</source>
        <translation>حالة غير معروفة %1 (booked، arrived، in_progress، done، no_show، cancelled)</translation>
    </message>
    <message>
        <source>unknown source %1 (desk or web)</source>
        <translation>مصدر غير معروف %1 (desk أو web)</translation>
    </message>
    <message>
        <source>clinic: the settings differ from this database&apos;s (%1, %2); import into an empty database or make them equal</source>
        <translation>clinic: الإعدادات مختلفة عن إعدادات قاعدة البيانات هذه (%1، %2)؛ استوردوا إلى قاعدة فارغة أو اجعلوها متطابقة</translation>
    </message>
    <message>
        <source>a doctor named %1 is already in this database</source>
        <translation>يوجد من قبل طبيب باسم %1 في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>a patient with the same phone and birth date is already in this database (%1)</source>
        <translation>يوجد من قبل مريض بنفس الهاتف وتاريخ الميلاد في قاعدة البيانات هذه (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>the database already holds a clinic; the demo clinic only fills an empty database</source>
        <translation>تحتوي قاعدة البيانات على عيادة من قبل؛ العيادة التجريبية لا تملأ إلا قاعدة فارغة</translation>
    </message>
</context>
<context>
    <name>PatientIdentity</name>
    <message>
        <source>Enter the first name.</source>
        <translation>أدخلوا الاسم الشخصي.</translation>
    </message>
    <message>
        <source>The first name is limited to 100 characters.</source>
        <translation>لا يتجاوز الاسم الشخصي 100 حرف.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>أدخلوا الاسم العائلي.</translation>
    </message>
    <message>
        <source>The last name is limited to 100 characters.</source>
        <translation>لا يتجاوز الاسم العائلي 100 حرف.</translation>
    </message>
    <message>
        <source>Enter a real birth date, from 1900 on.</source>
        <translation>أدخلوا تاريخ ميلاد حقيقيًا، ابتداءً من 1900.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Enter a phone number with at least 6 digits.</source>
        <translation>أدخلوا رقم هاتف من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>The phone number is limited to 40 characters.</source>
        <translation>لا يتجاوز رقم الهاتف 40 حرفًا.</translation>
    </message>
    <message>
        <source>Say why online booking is blocked, for your colleagues.</source>
        <translation>اذكروا سبب حظر الحجز عبر الإنترنت، ليعرفه زملاؤكم.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>لا يتجاوز السبب 500 حرف.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>يعرض المساعدة حول خيارات سطر الأوامر.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>يعرض المساعدة، بما في ذلك خيارات Qt الخاصة.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>يعرض معلومات الإصدار.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Online booking</source>
        <translation>حجز موعد عبر الإنترنت</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>انتقل إلى المحتوى</translation>
    </message>
    <message>
        <source>Your medical practice · booking in five steps</source>
        <translation>عيادتكم الطبية · الحجز في خمس خطوات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Booking steps</source>
        <translation>خطوات الحجز</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>نوع الاستشارة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنتم</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Online booking needs JavaScript. You can also call the clinic.</source>
        <translation>يتطلب الحجز عبر الإنترنت تفعيل JavaScript. يمكنكم أيضًا الاتصال بالعيادة.</translation>
    </message>
    <message>
        <source>Choose a doctor</source>
        <translation>اختاروا طبيبًا</translation>
    </message>
    <message>
        <source>Which doctor would you like to see?</source>
        <translation>مع أي طبيب تودون حجز موعد؟</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>الأطباء</translation>
    </message>
    <message>
        <source>Loading the doctors…</source>
        <translation>جارٍ تحميل قائمة الأطباء…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Choose the consultation</source>
        <translation>اختاروا نوع الاستشارة</translation>
    </message>
    <message>
        <source>The length and the price of the appointment depend on the consultation.</source>
        <translation>تختلف مدة الموعد وثمنه حسب نوع الاستشارة.</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>أنواع الاستشارات</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>معلوماتكم</translation>
    </message>
    <message>
        <source>The clinic recognises you by your phone number and date of birth.</source>
        <translation>تتعرف عليكم العيادة من خلال رقم هاتفكم وتاريخ ميلادكم.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>For example 06 12 34 56 78.</source>
        <translation>مثال: 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>Optional: a few words for the doctor (500 characters at most).</source>
        <translation>اختياري: بضع كلمات للطبيب (500 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Your data stays at the clinic.</source>
        <translation>تبقى معطياتكم داخل العيادة.</translation>
    </message>
    <message>
        <source>Choose a time slot</source>
        <translation>اختاروا موعدًا</translation>
    </message>
    <message>
        <source>Available time slots</source>
        <translation>المواعيد المتاحة</translation>
    </message>
    <message>
        <source>Tap an “Available” time to continue.</source>
        <translation>اضغطوا على موعد «متاح» للمتابعة.</translation>
    </message>
    <message>
        <source>Check your appointment before confirming it.</source>
        <translation>تحققوا من موعدكم قبل تأكيده.</translation>
    </message>
    <message>
        <source>Choose another time slot</source>
        <translation>اختيار موعد آخر</translation>
    </message>
    <message>
        <source>You can cancel by calling the clinic.</source>
        <translation>يمكنكم الإلغاء بالاتصال بالعيادة.</translation>
    </message>
    <message>
        <source>Confirm the appointment</source>
        <translation>تأكيد الموعد</translation>
    </message>
    <message>
        <source>Appointment confirmed</source>
        <translation>تم تأكيد الموعد</translation>
    </message>
    <message>
        <source>Please arrive a few minutes early. To cancel or move this appointment, call the clinic.</source>
        <translation>يرجى الحضور قبل الموعد ببضع دقائق. لإلغاء هذا الموعد أو تغييره، اتصلوا بالعيادة.</translation>
    </message>
    <message>
        <source>Book another appointment</source>
        <translation>حجز موعد آخر</translation>
    </message>
    <message>
        <source>Powered by</source>
        <translation>بدعم من</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(مكتملة)</translation>
    </message>
    <message>
        <source>(current step)</source>
        <translation>(الخطوة الحالية)</translation>
    </message>
    <message>
        <source>The clinic does not answer. Check your connection and try again.</source>
        <translation>العيادة لا تستجيب. تحققوا من اتصالكم ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>رفض الخادم الطلب (الخطأ %1).</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Change the doctor</source>
        <translation>تغيير الطبيب</translation>
    </message>
    <message>
        <source>Change the consultation</source>
        <translation>تغيير نوع الاستشارة</translation>
    </message>
    <message>
        <source>No doctor offers online booking at the moment.</source>
        <translation>لا يقترح أي طبيب الحجز عبر الإنترنت حاليًا.</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Choose a doctor to continue.</source>
        <translation>اختاروا طبيبًا للمتابعة.</translation>
    </message>
    <message>
        <source>This doctor offers no consultation online at the moment.</source>
        <translation>لا يقترح هذا الطبيب أي استشارة عبر الإنترنت حاليًا.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Existing patients</source>
        <translation>للمرضى المتابَعين فقط</translation>
    </message>
    <message>
        <source>Emergency: today or tomorrow</source>
        <translation>حالة مستعجلة: اليوم أو غدًا</translation>
    </message>
    <message>
        <source>Choose a consultation to continue.</source>
        <translation>اختاروا نوع الاستشارة للمتابعة.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>أدخلوا اسمكم الشخصي.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>أدخلوا اسمكم العائلي.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>أدخلوا رقم هاتفكم.</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>أدخلوا تاريخ ميلادكم.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete.</source>
        <translation>يبدو رقم الهاتف هذا غير مكتمل.</translation>
    </message>
    <message>
        <source>Enter a complete date of birth.</source>
        <translation>أدخلوا تاريخ ميلاد كاملًا.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>تحققوا من سنة الميلاد.</translation>
    </message>
    <message>
        <source>Check the fields marked.</source>
        <translation>تحققوا من الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Previous $0</source>
        <translation>$0 السابق</translation>
    </message>
    <message>
        <source>Next $0</source>
        <translation>$0 التالي</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>العودة إلى اليوم</translation>
    </message>
    <message>
        <source>No time is free for this consultation in the coming weeks. Choose another consultation or call the clinic.</source>
        <translation>لا يوجد أي موعد متاح لهذه الاستشارة في الأسابيع القادمة. اختاروا استشارة أخرى أو اتصلوا بالعيادة.</translation>
    </message>
    <message>
        <source>Available, %1, from %2 to %3</source>
        <translation>متاح، %1، من %2 إلى %3</translation>
    </message>
    <message>
        <source>Chosen time: %1, %2 – %3.</source>
        <translation>الموعد المختار: %1، %2 – %3.</translation>
    </message>
    <message>
        <source>Choose an “Available” time in the calendar.</source>
        <translation>اختاروا موعدًا «متاحًا» في التقويم.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Born on %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 على الساعة %2</translation>
    </message>
    <message>
        <source>%1 with %2 (%3 – %4), for %5.</source>
        <translation>%1 مع %2 (%3 – %4)، لفائدة %5.</translation>
    </message>
</context>
<context>
    <name>tbib::AboutDialog</name>
    <message>
        <source>Practice management for medical clinics.</source>
        <translation>تسيير العيادات الطبية.</translation>
    </message>
    <message>
        <source>TBIB is free software: GNU General Public License, version 3 or later.</source>
        <translation>طبيب برنامج حر: رخصة جنو العمومية العامة، الإصدار 3 أو ما بعده.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 or GNU GPL version 2 or 3</source>
        <translation>GNU LGPL الإصدار 3 أو GNU GPL الإصدار 2 أو 3</translation>
    </message>
    <message>
        <source>GNU GPL version 3</source>
        <translation>GNU GPL الإصدار 3</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>ملك عام</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>رخصة MIT</translation>
    </message>
    <message>
        <source>inside FullCalendar</source>
        <translation>مضمّن في FullCalendar</translation>
    </message>
    <message>
        <source>The full licence texts are in /usr/share/doc/tbib/copyright and /usr/share/common-licenses/.</source>
        <translation>النصوص الكاملة للرخص موجودة في /usr/share/doc/tbib/copyright و/usr/share/common-licenses/.</translation>
    </message>
    <message>
        <source>About TBIB</source>
        <translation>حول طبيب</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>الإصدار والرخص</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>حول Qt</translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesModel</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tbib::AbsencesPage</name>
    <message>
        <source>Absences</source>
        <translation>الغيابات</translation>
    </message>
    <message>
        <source>+ New absence</source>
        <translation>+ غياب جديد</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>غياب جديد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>e.g. Congress, holidays</source>
        <translation>مثلًا: مؤتمر، عطلة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Appointments covered by the absence</source>
        <translation>المواعيد التي يشملها الغياب</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>الموعد الجديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the absence</source>
        <translation>حفظ الغياب</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the absence</source>
        <translation>حذف الغياب</translation>
    </message>
    <message>
        <source>Edit the absence</source>
        <translation>تعديل الغياب</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Absence saved.</source>
        <translation>تم حفظ الغياب.</translation>
    </message>
    <message>
        <source>Absence deleted.</source>
        <translation>تم حذف الغياب.</translation>
    </message>
    <message numerus="yes">
        <source>This absence covers %n appointment(s). Choose for each one, then save again to confirm.</source>
        <translation>
            <numerusform>لا يشمل هذا الغياب أي موعد.</numerusform>
            <numerusform>يشمل هذا الغياب موعدًا واحدًا. اختاروا ما يُفعل به، ثم احفظوا مرة أخرى للتأكيد.</numerusform>
            <numerusform>يشمل هذا الغياب موعدين. اختاروا لكل واحد منهما، ثم احفظوا مرة أخرى للتأكيد.</numerusform>
            <numerusform>يشمل هذا الغياب %n مواعيد. اختاروا لكل واحد منها، ثم احفظوا مرة أخرى للتأكيد.</numerusform>
            <numerusform>يشمل هذا الغياب %n موعدًا. اختاروا لكل واحد منها، ثم احفظوا مرة أخرى للتأكيد.</numerusform>
            <numerusform>يشمل هذا الغياب %n موعد. اختاروا لكل واحد منها، ثم احفظوا مرة أخرى للتأكيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>القرار بخصوص %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>التأجيل</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>New start for %1</source>
        <translation>الموعد الجديد لـ %1</translation>
    </message>
    <message>
        <source>Confirm the absence</source>
        <translation>تأكيد الغياب</translation>
    </message>
</context>
<context>
    <name>tbib::AgendaPage</name>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>+ New appointment</source>
        <translation>+ موعد جديد</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <source>Agenda of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>Appointments of the day, in order.</source>
        <translation>مواعيد اليوم، بالترتيب.</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation>لا يوجد أي موعد في هذا اليوم.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
</context>
<context>
    <name>tbib::ClinicPage</name>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Working hours, &quot;today&quot; and slots are read in this zone; changing it moves every wall-clock rule.</source>
        <translation>تُقرأ ساعات العمل و«اليوم» والمواعيد حسب هذه المنطقة؛ وتغييرها يُزيح كل القواعد المرتبطة بالتوقيت المحلي.</translation>
    </message>
    <message>
        <source>No-show limit per doctor</source>
        <translation>حد المواعيد غير المحترمة لكل طبيب</translation>
    </message>
    <message>
        <source>A patient with this many missed appointments with the doctor can no longer book online (staff still can). 0 means never block by count.</source>
        <translation>المريض الذي تغيّب عن هذا العدد من المواعيد مع الطبيب لا يمكنه الحجز عبر الإنترنت (تبقى الكتابة قادرة على ذلك). 0 تعني عدم الحظر أبدًا حسب العدد.</translation>
    </message>
    <message>
        <source>No-show limit of %1</source>
        <translation>حد المواعيد غير المحترمة لـ %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the clinic settings</source>
        <translation>حفظ إعدادات العيادة</translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation>تم حفظ إعدادات العيادة.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Used from the next start of TBIB on this computer.</source>
        <translation>تُطبَّق عند التشغيل القادم لطبيب على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationPage</name>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Configuration sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation>أنواع الاستشارات</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>الغيابات</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>الحجز عبر الإنترنت</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
</context>
<context>
    <name>tbib::ConfigurationService</name>
    <message>
        <source>Give the consultation type a name.</source>
        <translation>أعطوا اسمًا لنوع الاستشارة.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>الاسم طويل جدًا (%1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>يجب أن تكون المدة بين %1 و%2 دقيقة.</translation>
    </message>
    <message>
        <source>The price is too long (at most %1 characters).</source>
        <translation>الثمن طويل جدًا (%1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Choose a colour (written #RRGGBB, for example #1E88E5).</source>
        <translation>اختاروا لونًا (بصيغة #RRGGBB، مثل #1E88E5).</translation>
    </message>
    <message>
        <source>Choose a doctor.</source>
        <translation>اختاروا طبيبًا.</translation>
    </message>
    <message>
        <source>This doctor already has a consultation type named &quot;%1&quot;.</source>
        <translation>لدى هذا الطبيب من قبل نوع استشارة باسم «%1».</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>يجب أن تأتي النهاية بعد البداية.</translation>
    </message>
    <message numerus="yes">
        <source>An absence lasts at most %n day(s); split a longer one.</source>
        <translation>
            <numerusform>لا يمكن أن يدوم الغياب أي يوم؛ قسّموا الغياب الأطول.</numerusform>
            <numerusform>لا يتجاوز الغياب يومًا واحدًا؛ قسّموا الغياب الأطول.</numerusform>
            <numerusform>لا يتجاوز الغياب يومين؛ قسّموا الغياب الأطول.</numerusform>
            <numerusform>لا يتجاوز الغياب %n أيام؛ قسّموا الغياب الأطول.</numerusform>
            <numerusform>لا يتجاوز الغياب %n يومًا؛ قسّموا الغياب الأطول.</numerusform>
            <numerusform>لا يتجاوز الغياب %n يوم؛ قسّموا الغياب الأطول.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>السبب طويل جدًا (%1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>%1: write each interval as HH:MM-HH:MM, separated by commas (&quot;%2&quot; is not one).</source>
        <translation>%1: اكتبوا كل فترة بصيغة HH:MM-HH:MM، مفصولة بفواصل («%2» ليست فترة صحيحة).</translation>
    </message>
    <message>
        <source>%1: the interval %2 ends before it starts.</source>
        <translation>%1: الفترة %2 تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>%1: the intervals %2 and %3 overlap.</source>
        <translation>%1: الفترتان %2 و%3 متداخلتان.</translation>
    </message>
    <message>
        <source>%1: the intervals are reversed or overlap.</source>
        <translation>%1: الفترات معكوسة أو متداخلة.</translation>
    </message>
    <message>
        <source>Give the clinic a name.</source>
        <translation>أعطوا اسمًا للعيادة.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>اختاروا منطقة زمنية من القائمة.</translation>
    </message>
    <message>
        <source>The no-show limit must be between 0 (never block) and %1.</source>
        <translation>يجب أن يكون حد المواعيد غير المحترمة بين 0 (عدم الحظر أبدًا) و%1.</translation>
    </message>
    <message>
        <source>Give an IP address to listen on, for example 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>أدخلوا عنوان IP للاستماع، مثل 127.0.0.1 (هذا الحاسوب فقط) أو 0.0.0.0 (كل الشبكات).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>يجب أن يكون المنفذ بين 1 و65535.</translation>
    </message>
    <message>
        <source>The address for patients starts with http:// or https://.</source>
        <translation>يبدأ عنوان المرضى بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>The minimum notice must be between 0 and %1 minutes (a week).</source>
        <translation>يجب أن تكون المهلة الدنيا بين 0 و%1 دقيقة (أسبوع).</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 days.</source>
        <translation>يجب أن يكون أفق الحجز بين 1 و%1 يومًا.</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (no limit) and %1 requests a minute.</source>
        <translation>يجب أن يكون حد الطلبات بين 0 (بلا حد) و%1 طلبًا في الدقيقة.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>اختاروا لغة من القائمة.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>اختر ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Give the file&apos;s full path, for example /srv/tbib/tbib.sqlite.</source>
        <translation>أدخل المسار الكامل للملف، مثلاً /srv/tbib/tbib.sqlite.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file.</source>
        <translation>هذا مجلد: اختر ملفاً.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address, for example 192.168.1.10.</source>
        <translation>أدخل اسم الخادم أو عنوانه، مثلاً 192.168.1.10.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>المنفذ رقم من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>أدخل اسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>The password cannot hold a line break.</source>
        <translation>لا يمكن أن تحتوي كلمة المرور على سطر جديد.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>تعذرت قراءة ملف كلمات المرور %1.</translation>
    </message>
    <message>
        <source>The password could not be written to %1.</source>
        <translation>تعذرت كتابة كلمة المرور في %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>المجلد %1 غير موجود أو لا تمكن الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>tbib::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>المستخدمة حالياً: %1</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>ملف على هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by several workstations</source>
        <translation>خادم PostgreSQL مشترك بين عدة محطات عمل</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>اختيار ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>اسم قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Empty: keep the saved one</source>
        <translation>فارغ: تبقى كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Kept in %1, readable by you only, never in the settings file.</source>
        <translation>تُحفظ في %1، ولا يقرؤها غيرك، ولا تُكتب أبداً في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Used from the next start of TBIB on this computer. Every workstation that points at the same server shares one agenda, live.</source>
        <translation>تُعتمد عند التشغيل القادم لـ TBIB على هذا الحاسوب. كل المحطات المتصلة بالخادم نفسه تتشارك أجندة واحدة مباشرةً.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Save the database</source>
        <translation>حفظ قاعدة البيانات</translation>
    </message>
    <message>
        <source>TBIB database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات TBIB (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Database saved. TBIB will use it from its next start on this computer.</source>
        <translation>حُفظت قاعدة البيانات. سيستخدمها TBIB عند تشغيله القادم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>تعذر الاتصال: %1</translation>
    </message>
    <message>
        <source>Connection succeeded: the database answers.</source>
        <translation>نجح الاتصال: قاعدة البيانات تستجيب.</translation>
    </message>
    <message>
        <source>The file does not exist yet: TBIB will create it at its next start.</source>
        <translation>الملف غير موجود بعد: سينشئه TBIB عند تشغيله القادم.</translation>
    </message>
</context>
<context>
    <name>tbib::DeskPanel</name>
    <message>
        <source>Appointment desk</source>
        <translation>لوحة الموعد</translation>
    </message>
    <message>
        <source>Select an appointment.</source>
        <translation>اختاروا موعدًا.</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>History with this doctor</source>
        <translation>السجل مع هذا الطبيب</translation>
    </message>
    <message>
        <source>Past appointments with this doctor</source>
        <translation>المواعيد السابقة مع هذا الطبيب</translation>
    </message>
    <message>
        <source>First visit to this doctor.</source>
        <translation>أول زيارة لهذا الطبيب.</translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation>فتح الملف الطبي</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>الملف الطبي</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Notes for the doctor only; never shown to the patient.</source>
        <translation>ملاحظات للطبيب وحده؛ لا تُعرض أبدًا على المريض.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>In the waiting room since %1 · %n min</source>
        <translation>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
            <numerusform>في قاعة الانتظار منذ %1 · %n د</numerusform>
        </translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>لم يُذكر أي سبب.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1، %n د</numerusform>
            <numerusform>%1، %n د</numerusform>
            <numerusform>%1، %n د</numerusform>
            <numerusform>%1، %n د</numerusform>
            <numerusform>%1، %n د</numerusform>
            <numerusform>%1، %n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier appointment(s) in the medical record.</source>
        <translation>
            <numerusform>لا مواعيد أقدم في الملف الطبي.</numerusform>
            <numerusform>موعد أقدم واحد في الملف الطبي.</numerusform>
            <numerusform>موعدان أقدم في الملف الطبي.</numerusform>
            <numerusform>%n مواعيد أقدم في الملف الطبي.</numerusform>
            <numerusform>%n موعدًا أقدم في الملف الطبي.</numerusform>
            <numerusform>%n موعد أقدم في الملف الطبي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>تُحفظ تلقائيًا</translation>
    </message>
    <message>
        <source>Not saved yet: they will be saved when the connection to the database is back.</source>
        <translation>لم تُحفظ بعد: ستُحفظ فور عودة الاتصال بقاعدة البيانات.</translation>
    </message>
    <message>
        <source>This appointment no longer exists: it was deleted, here or on another workstation.</source>
        <translation>هذا الموعد لم يعد موجوداً: حُذف هنا أو على محطة عمل أخرى.</translation>
    </message>
</context>
<context>
    <name>tbib::HoursPage</name>
    <message>
        <source>Each day&apos;s working intervals, separated by commas, for example 09:00-12:30, 14:00-18:30. Leave a day empty when the doctor does not work. Slots are counted from the start of each interval.</source>
        <translation>فترات العمل لكل يوم، مفصولة بفواصل، مثل 09:00-12:30, 14:00-18:30. اتركوا اليوم فارغًا إذا لم يعمل فيه الطبيب. تُحسب المواعيد ابتداءً من بداية كل فترة.</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>ساعات العمل يوم %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Save the hours</source>
        <translation>حفظ الساعات</translation>
    </message>
    <message>
        <source>Save the working hours</source>
        <translation>حفظ ساعات العمل</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Undo changes to the working hours</source>
        <translation>التراجع عن تغييرات ساعات العمل</translation>
    </message>
    <message>
        <source>Working hours saved; the agenda shows them now.</source>
        <translation>تم حفظ ساعات العمل؛ والمفكرة تعرضها الآن.</translation>
    </message>
</context>
<context>
    <name>tbib::IdentityForm</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
</context>
<context>
    <name>tbib::MainWindow</name>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Connection to the database server lost. Reconnecting… What you type is kept.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات. جارٍ إعادة الاتصال… ما تكتبه محفوظ.</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>عاد الاتصال.</translation>
    </message>
</context>
<context>
    <name>tbib::NewAppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Search by name or phone</source>
        <translation>البحث بالاسم أو الهاتف</translation>
    </message>
    <message>
        <source>Search a patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>المرضى المطابقون</translation>
    </message>
    <message>
        <source>Or a new patient:</source>
        <translation>أو مريض جديد:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 د)</translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation>نوع الاستشارة</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Choose a patient in the list, or give the new patient&apos;s first name, last name, birth date and phone.</source>
        <translation>اختاروا مريضًا من القائمة، أو أدخلوا الاسم الشخصي والعائلي وتاريخ الميلاد والهاتف للمريض الجديد.</translation>
    </message>
    <message>
        <source>Book anyway (staff decision): %1</source>
        <translation>الحجز رغم ذلك (قرار العيادة): %1</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>الحجز رغم ذلك</translation>
    </message>
</context>
<context>
    <name>tbib::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Open their record</source>
        <translation>فتح ملفه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Create the patient</source>
        <translation>إنشاء المريض</translation>
    </message>
    <message>
        <source>%1 already has this phone number and birth date.</source>
        <translation>لدى %1 من قبل رقم الهاتف وتاريخ الميلاد هذان.</translation>
    </message>
    <message>
        <source>Create a new patient anyway</source>
        <translation>إنشاء مريض جديد رغم ذلك</translation>
    </message>
</context>
<context>
    <name>tbib::OnlineBookingPage</name>
    <message>
        <source>Booking server on this computer</source>
        <translation>خادم الحجز على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Serve online booking from this computer</source>
        <translation>تقديم الحجز عبر الإنترنت من هذا الحاسوب</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network.</source>
        <translation>127.0.0.1: هذا الحاسوب فقط (خلف وكيل)؛ 0.0.0.0: كل الشبكات.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>عنوان الاستماع</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>e.g. https://rdv.my-clinic.ma (empty: the listen address)</source>
        <translation>مثلًا https://rdv.my-clinic.ma (فارغ: عنوان الاستماع)</translation>
    </message>
    <message>
        <source>Public address (optional)</source>
        <translation>العنوان العمومي (اختياري)</translation>
    </message>
    <message>
        <source>Address to give patients</source>
        <translation>العنوان الذي يُعطى للمرضى</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the address to give patients</source>
        <translation>نسخ العنوان الذي يُعطى للمرضى</translation>
    </message>
    <message>
        <source>Online booking rules (whole clinic)</source>
        <translation>قواعد الحجز عبر الإنترنت (العيادة كلها)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>المهلة الدنيا</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>أفق الحجز</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> في الدقيقة</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Requests per address</source>
        <translation>الطلبات لكل عنوان</translation>
    </message>
    <message>
        <source>Doctor API token</source>
        <translation>رمز الواجهة البرمجية للأطباء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>إظهار الرمز</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation>إعادة إنشاء الرمز</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the online booking settings</source>
        <translation>حفظ إعدادات الحجز عبر الإنترنت</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>The token is stored hashed and cannot be shown again. Regenerate it to give a new one to the doctors&apos; tools; the old one stops working at once.</source>
        <translation>يُحفظ الرمز مُشفّرًا بدالة تجزئة ولا يمكن عرضه مرة أخرى. أعيدوا إنشاءه لإعطاء رمز جديد لأدوات الأطباء؛ ويتوقف الرمز القديم عن العمل فورًا.</translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation>انسخوا هذا الرمز الآن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved. Online booking is on: give patients %1</source>
        <translation>تم الحفظ. الحجز عبر الإنترنت مُفعّل: أعطوا المرضى العنوان %1</translation>
    </message>
    <message>
        <source>Saved. Online booking is off on this computer.</source>
        <translation>تم الحفظ. الحجز عبر الإنترنت مُعطّل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Confirm: regenerate</source>
        <translation>تأكيد: إعادة الإنشاء</translation>
    </message>
    <message>
        <source>The current token will stop working at once: every tool using it needs the new one. Click again to confirm.</source>
        <translation>سيتوقف الرمز الحالي عن العمل فورًا: كل أداة تستعمله ستحتاج إلى الرمز الجديد. انقروا مرة أخرى للتأكيد.</translation>
    </message>
    <message>
        <source>A new token was created; the previous one no longer works.</source>
        <translation>تم إنشاء رمز جديد؛ والرمز السابق لم يعد يعمل.</translation>
    </message>
</context>
<context>
    <name>tbib::PatientHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Consultation type</source>
        <translation>نوع الاستشارة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>سبب الزيارة</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
</context>
<context>
    <name>tbib::PatientListModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>الغيابات</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>الحجز عبر الإنترنت</translation>
    </message>
    <message>
        <source>Blocked by the clinic</source>
        <translation>محظور من طرف العيادة</translation>
    </message>
    <message>
        <source>Blocked: too many missed appointments</source>
        <translation>محظور: مواعيد كثيرة غير محترمة</translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation>لا زيارة بعد</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
</context>
<context>
    <name>tbib::PatientRecord</name>
    <message>
        <source>Medical record</source>
        <translation>الملف الطبي</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation>العودة إلى قائمة المرضى</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>تغيير الصورة…</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>تغيير الصورة</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>حفظ الهوية</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Undo the identity changes</source>
        <translation>التراجع عن تغييرات الهوية</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>الحجز عبر الإنترنت</translation>
    </message>
    <message>
        <source>Reason for blocking</source>
        <translation>سبب الحظر</translation>
    </message>
    <message>
        <source>Reason (e.g. repeated missed appointments)</source>
        <translation>السبب (مثلًا: تكرار التغيب عن المواعيد)</translation>
    </message>
    <message>
        <source>Block online booking</source>
        <translation>حظر الحجز عبر الإنترنت</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>رفع الحظر</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Appointments of the patient</source>
        <translation>مواعيد المريض</translation>
    </message>
    <message>
        <source>Private notes of the selected appointment</source>
        <translation>الملاحظات الخاصة بالموعد المختار</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation>تاريخ الميلاد %1</translation>
    </message>
    <message>
        <source>Missed appointments: %1</source>
        <translation>المواعيد غير المحترمة: %1</translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic.</source>
        <translation>الحجز عبر الإنترنت محظور من طرف العيادة.</translation>
    </message>
    <message>
        <source>Online booking blocked by the clinic: %1</source>
        <translation>الحجز عبر الإنترنت محظور من طرف العيادة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Online booking blocked: %n missed appointment(s) reached the doctor&apos;s limit.</source>
        <translation>
            <numerusform>الحجز عبر الإنترنت محظور: بلغ عدد المواعيد غير المحترمة حد الطبيب.</numerusform>
            <numerusform>الحجز عبر الإنترنت محظور: موعد واحد غير محترم بلغ حد الطبيب.</numerusform>
            <numerusform>الحجز عبر الإنترنت محظور: موعدان غير محترمين بلغا حد الطبيب.</numerusform>
            <numerusform>الحجز عبر الإنترنت محظور: %n مواعيد غير محترمة بلغت حد الطبيب.</numerusform>
            <numerusform>الحجز عبر الإنترنت محظور: %n موعدًا غير محترم بلغت حد الطبيب.</numerusform>
            <numerusform>الحجز عبر الإنترنت محظور: %n موعد غير محترم بلغت حد الطبيب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online booking allowed.</source>
        <translation>الحجز عبر الإنترنت مسموح.</translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation>لا مواعيد بعد.</translation>
    </message>
    <message>
        <source>Select an appointment to read its private notes.</source>
        <translation>اختاروا موعدًا لقراءة ملاحظاته الخاصة.</translation>
    </message>
    <message>
        <source>No private notes for this appointment.</source>
        <translation>لا ملاحظات خاصة لهذا الموعد.</translation>
    </message>
    <message>
        <source>Private notes: %1</source>
        <translation>ملاحظات خاصة: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields shown.</source>
        <translation>لم يتم الحفظ: صحّحوا الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The identity of %1 was changed and not saved.</source>
        <translation>تم تغيير هوية %1 دون حفظها.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>مواصلة التعديل</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>هذا الملف ليس صورة قابلة للقراءة.</translation>
    </message>
</context>
<context>
    <name>tbib::PatientSearch</name>
    <message>
        <source>Search for a patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Search for a patient…</source>
        <translation>البحث عن مريض…</translation>
    </message>
    <message>
        <source>A name or a phone number; ↓ then Enter to choose</source>
        <translation>اسم أو رقم هاتف؛ ↓ ثم Enter للاختيار</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>لم يُعثر على أي مريض</translation>
    </message>
    <message numerus="yes">
        <source>%n more patient(s): type more of the name or the number</source>
        <translation>
            <numerusform>لا مرضى آخرون</numerusform>
            <numerusform>مريض آخر: اكتبوا المزيد من الاسم أو الرقم</numerusform>
            <numerusform>مريضان آخران: اكتبوا المزيد من الاسم أو الرقم</numerusform>
            <numerusform>%n مرضى آخرون: اكتبوا المزيد من الاسم أو الرقم</numerusform>
            <numerusform>%n مريضًا آخر: اكتبوا المزيد من الاسم أو الرقم</numerusform>
            <numerusform>%n مريض آخر: اكتبوا المزيد من الاسم أو الرقم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — coming appointments</source>
        <translation>%1 — المواعيد القادمة</translation>
    </message>
    <message>
        <source>No coming appointment</source>
        <translation>لا مواعيد قادمة</translation>
    </message>
</context>
<context>
    <name>tbib::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Search by name or phone…</source>
        <translation>البحث بالاسم أو الهاتف…</translation>
    </message>
    <message>
        <source>Open the medical record</source>
        <translation>فتح الملف الطبي</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>قائمة المرضى</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>لا مرضى</numerusform>
            <numerusform>مريض واحد</numerusform>
            <numerusform>مريضان</numerusform>
            <numerusform>%n مرضى</numerusform>
            <numerusform>%n مريضًا</numerusform>
            <numerusform>%n مريض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 من أصل لا مرضى</numerusform>
            <numerusform>%1 من أصل مريض واحد</numerusform>
            <numerusform>%1 من أصل مريضين</numerusform>
            <numerusform>%1 من أصل %n مرضى</numerusform>
            <numerusform>%1 من أصل %n مريضًا</numerusform>
            <numerusform>%1 من أصل %n مريض</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the patient list</source>
        <translation>البحث في قائمة المرضى</translation>
    </message>
</context>
<context>
    <name>tbib::Sidebar</name>
    <message>
        <source>Agenda</source>
        <translation>المفكرة</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>مريض واحد في الانتظار</numerusform>
            <numerusform>مريضان في الانتظار</numerusform>
            <numerusform>%n مرضى في الانتظار</numerusform>
            <numerusform>%n مريضًا في الانتظار</numerusform>
            <numerusform>%n مريض في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>طيّ</translation>
    </message>
    <message>
        <source>Expand the menu</source>
        <translation>توسيع القائمة</translation>
    </message>
    <message>
        <source>Collapse the menu</source>
        <translation>طيّ القائمة</translation>
    </message>
    <message>
        <source>About TBIB</source>
        <translation>حول طبيب</translation>
    </message>
</context>
<context>
    <name>tbib::TypesModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Bookable only for today or tomorrow</source>
        <translation>قابل للحجز لليوم أو للغد فقط</translation>
    </message>
    <message>
        <source>Refused to patients with no past visit to this doctor</source>
        <translation>مرفوض للمرضى الذين لم يسبق لهم زيارة هذا الطبيب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>الثمن</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>مستعجل</translation>
    </message>
    <message>
        <source>Existing only</source>
        <translation>للمتابَعين فقط</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>مُفعّل</translation>
    </message>
</context>
<context>
    <name>tbib::TypesPage</name>
    <message>
        <source>Consultation types</source>
        <translation>أنواع الاستشارات</translation>
    </message>
    <message>
        <source>+ New type</source>
        <translation>+ نوع جديد</translation>
    </message>
    <message>
        <source>New consultation type</source>
        <translation>نوع استشارة جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>e.g. 200 MAD</source>
        <translation>مثلًا 200 MAD</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>الثمن</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>اختيار اللون</translation>
    </message>
    <message>
        <source>Emergency only (today or tomorrow)</source>
        <translation>للحالات المستعجلة فقط (اليوم أو غدًا)</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>للمرضى المتابَعين فقط</translation>
    </message>
    <message>
        <source>Active (offered for booking)</source>
        <translation>مُفعّل (مقترح للحجز)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the consultation type</source>
        <translation>حفظ نوع الاستشارة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the consultation type</source>
        <translation>إزالة نوع الاستشارة</translation>
    </message>
    <message>
        <source>A type that appointments use is deactivated, never deleted.</source>
        <translation>النوع الذي تستعمله مواعيد يُعطَّل ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>Saved: &quot;%1&quot; is offered at once in the agenda and online.</source>
        <translation>تم الحفظ: «%1» مقترح الآن في المفكرة وعبر الإنترنت.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by appointments: it was deactivated, not deleted.</source>
        <translation>«%1» تستعمله مواعيد: تم تعطيله وليس حذفه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>تم حذف «%1».</translation>
    </message>
</context>
<context>
    <name>tbib::UnreachableDatabaseDialog</name>
    <message>
        <source>The clinic&apos;s database cannot be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات العيادة.</translation>
    </message>
    <message>
        <source>TBIB looked for it at %1.

Check that the clinic&apos;s database server is switched on and reachable from this computer, then try again.</source>
        <translation>بحث TBIB عنها في %1.

تأكّد من أن خادم قاعدة بيانات العيادة يعمل ويمكن الوصول إليه من هذا الحاسوب، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>tbib::WaitingQueueModel</name>
    <message numerus="yes">
        <source>Arrived at %1 · waiting for %n min</source>
        <translation>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
            <numerusform>وصل على الساعة %1 · ينتظر منذ %n د</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::WaitingRoomPage</name>
    <message>
        <source>Waiting room</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>Call the next patient</source>
        <translation>مناداة المريض التالي</translation>
    </message>
    <message>
        <source>Patients waiting, by arrival time</source>
        <translation>المرضى في الانتظار، حسب وقت الوصول</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>لا أحد في الانتظار.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) waiting, by arrival time</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>مريض واحد في الانتظار، حسب وقت الوصول</numerusform>
            <numerusform>مريضان في الانتظار، حسب وقت الوصول</numerusform>
            <numerusform>%n مرضى في الانتظار، حسب وقت الوصول</numerusform>
            <numerusform>%n مريضًا في الانتظار، حسب وقت الوصول</numerusform>
            <numerusform>%n مريض في الانتظار، حسب وقت الوصول</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tbib::agenda::AgendaView</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 د</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>غياب</translation>
    </message>
</context>
</TS>
