// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventplacement.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tbib::agenda {

namespace {

// JavaScript's Math.round: halves go up (towards +∞), also for negatives.
int jsRound(double v)
{
    return int(std::floor(v + 0.5));
}

// ---- 1. ordering (spec §6.1) -------------------------------------------------

struct CompareObject
{
    qint64 start;
    qint64 end;
    qint64 duration;
    int allDay;
    const QString *title;
    const QString *id;
};

template<typename T>
int sign(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// FullCalendar's flexibleCompare per field. Our values are never null, and two
// falsy values (0, "") compare equal under plain comparison too, so the falsy
// and null rules need no code of their own.
int compareField(const CompareObject &a, const CompareObject &b, OrderField field,
                 const QCollator &collator)
{
    switch (field) {
    case OrderField::Start: return sign(a.start, b.start);
    case OrderField::End: return sign(a.end, b.end);
    case OrderField::Duration: return sign(a.duration, b.duration);
    case OrderField::AllDay: return sign(a.allDay, b.allDay);
    case OrderField::Title: return std::clamp(collator.compare(*a.title, *b.title), -1, 1);
    case OrderField::Id: return std::clamp(collator.compare(*a.id, *b.id), -1, 1);
    }
    return 0;
}

QList<int> sortedOrder(const QList<PlacementSegment> &segments, const PlacementOptions &options)
{
    QList<CompareObject> objects;
    objects.reserve(segments.size());
    for (const PlacementSegment &s : segments) {
        // The whole event, not the clipped segment.
        const qint64 start = s.eventStart.value_or(s.start);
        const qint64 end = s.eventEnd.value_or(s.end);
        objects.append({start, end, end - start, s.allDay ? 1 : 0, &s.title, &s.id});
    }
    QCollator collator(options.collationLocale);
    QList<int> order(segments.size());
    std::iota(order.begin(), order.end(), 0);
    // Stable: ties keep the input order (FullCalendar: the order events were added).
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        for (const OrderKey &key : options.eventOrder) {
            int c = compareField(objects.at(x), objects.at(y), key.field, collator);
            if (key.descending)
                c = -c;
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    return order;
}

// ---- 2. the seg hierarchy (core/src/seg-hierarchy.ts) ------------------------

// Every timeGrid entry has thickness 1, so level coordinates are 0, 1, 2, …
struct Entry
{
    int index; // into the input
    int spanStart;
    int spanEnd;
};

// FullCalendar's binarySearch over a level sorted by span end: {index, 1} on an
// exact match, {insertion index, 0} otherwise.
std::pair<int, int> binarySearchByEnd(const QList<Entry> &entries, int value)
{
    int startIndex = 0;
    int endIndex = int(entries.size());
    if (endIndex == 0 || value < entries.first().spanEnd)
        return {0, 0};
    if (value > entries.last().spanEnd)
        return {endIndex, 0};
    while (startIndex < endIndex) {
        const int middle = startIndex + (endIndex - startIndex) / 2;
        const int middleValue = entries.at(middle).spanEnd;
        if (value < middleValue)
            endIndex = middle;
        else if (value > middleValue)
            startIndex = middle + 1;
        else
            return {middle, 1};
    }
    return {startIndex, 0};
}

class SegHierarchy
{
public:
    SegHierarchy(bool strictOrder, int maxStackCnt, int entryCount)
        : m_strictOrder(strictOrder)
        , m_maxStackCnt(maxStackCnt)
        , m_stackCnts(entryCount, 0)
    {
    }

    // Returns false when the entry is hidden by eventMaxStack.
    bool insert(const Entry &entry)
    {
        const Insertion ins = findInsertion(entry);
        if (m_maxStackCnt != -1 && ins.stackCnt >= m_maxStackCnt)
            return false;
        if (ins.lateral == -1) {
            m_levelCoords.insert(ins.level, ins.levelCoord);
            m_entriesByLevel.insert(ins.level, QList<Entry>{entry});
        } else {
            m_entriesByLevel[ins.level].insert(ins.lateral, entry);
        }
        m_stackCnts[entry.index] = ins.stackCnt;
        return true;
    }

    [[nodiscard]] const QList<int> &levelCoords() const { return m_levelCoords; }
    [[nodiscard]] const QList<QList<Entry>> &entriesByLevel() const { return m_entriesByLevel; }

private:
    struct Insertion
    {
        int levelCoord;
        int level;
        int lateral; // -1 = a new level
        int stackCnt;
    };

    // Why levels are scanned this way: in the default (compact) mode the first
    // level at or above the candidate without a colliding entry ends the scan,
    // which is "first fit"; strict mode scans every level so the new entry ends
    // up right of everything earlier it collides with (spec §6.3).
    Insertion findInsertion(const Entry &newEntry) const
    {
        const int levelCnt = int(m_levelCoords.size());
        int candidateCoord = 0;
        int touchingLevel = -1;
        bool touching = false;
        int stackCnt = 0;
        for (int level = 0; level < levelCnt; ++level) {
            const int trackingCoord = m_levelCoords.at(level);
            if (!m_strictOrder && trackingCoord >= candidateCoord + 1)
                break;
            const QList<Entry> &entries = m_entriesByLevel.at(level);
            const auto found = binarySearchByEnd(entries, newEntry.spanStart);
            // An exact match ends where the new entry starts: no collision.
            int lateral = found.first + found.second;
            while (lateral < entries.size() && entries.at(lateral).spanStart < newEntry.spanEnd) {
                const Entry &tracking = entries.at(lateral);
                const int trackingBottom = trackingCoord + 1;
                if (trackingBottom > candidateCoord) {
                    candidateCoord = trackingBottom;
                    touching = true;
                    touchingLevel = level;
                }
                if (trackingBottom == candidateCoord)
                    stackCnt = std::max(stackCnt, m_stackCnts.at(tracking.index) + 1);
                ++lateral;
            }
        }
        int destLevel = 0;
        if (touching) {
            destLevel = touchingLevel + 1;
            while (destLevel < levelCnt && m_levelCoords.at(destLevel) < candidateCoord)
                ++destLevel;
        }
        int destLateral = -1;
        if (destLevel < levelCnt && m_levelCoords.at(destLevel) == candidateCoord)
            destLateral = binarySearchByEnd(m_entriesByLevel.at(destLevel), newEntry.spanEnd).first;
        return {candidateCoord, destLevel, destLateral, stackCnt};
    }

    bool m_strictOrder;
    int m_maxStackCnt;
    QList<int> m_levelCoords;
    QList<QList<Entry>> m_entriesByLevel;
    QList<int> m_stackCnts; // by input index
};

// ---- 3. the web: forward neighbours and pressure (timegrid event-placement.ts) -

struct Node
{
    int level = 0;
    QList<int> children; // input indices, heaviest first
    int pressure = 0;    // 0 = not built yet
    // stretchWeb, memoised: first computation wins (spec §6.5).
    bool stretched = false;
    double stretchLeft = 0;
    double thickness = 0;
    // webToRects, memoised: first visit wins (spec §6.6).
    bool visited = false;
    double levelCoord = 0;
    int stackDepth = 0;
};

class Web
{
public:
    Web(const SegHierarchy &hierarchy, int entryCount)
        : m_hierarchy(hierarchy)
        , m_nodes(entryCount)
    {
        const auto &levels = hierarchy.entriesByLevel();
        for (int level = 0; level < levels.size(); ++level) {
            for (const Entry &e : levels.at(level))
                m_nodes[e.index].level = level;
        }
    }

    void run()
    {
        const auto &levels = m_hierarchy.entriesByLevel();
        if (levels.isEmpty())
            return;
        QList<int> roots;
        for (const Entry &e : levels.first())
            roots.append(e.index);
        roots = byPressure(roots);
        for (int r : roots)
            stretch(r, 0.0, 0.0);
        for (int r : roots)
            visit(r, 0.0, 0);
    }

    [[nodiscard]] const Node &node(int index) const { return m_nodes.at(index); }

private:
    // findNextLevelSegs: the first level to the right holding entries that
    // collide with the subject. Only that level counts as direct neighbours.
    QList<int> forwardNeighbours(int index) const
    {
        const auto &coords = m_hierarchy.levelCoords();
        const auto &levels = m_hierarchy.entriesByLevel();
        const int subjectLevel = m_nodes.at(index).level;
        const Entry *subject = nullptr;
        for (const Entry &e : levels.at(subjectLevel)) {
            if (e.index == index)
                subject = &e;
        }
        Q_ASSERT(subject);
        const int afterSubject = coords.at(subjectLevel) + 1;
        int level = subjectLevel;
        while (level < coords.size() && coords.at(level) < afterSubject)
            ++level;
        for (; level < coords.size(); ++level) {
            const QList<Entry> &entries = levels.at(level);
            const auto found = binarySearchByEnd(entries, subject->spanStart);
            const int lateralStart = found.first + found.second;
            int lateralEnd = lateralStart;
            while (lateralEnd < entries.size() && entries.at(lateralEnd).spanStart < subject->spanEnd)
                ++lateralEnd;
            if (lateralStart < lateralEnd) {
                QList<int> result;
                for (int i = lateralStart; i < lateralEnd; ++i)
                    result.append(entries.at(i).index);
                return result;
            }
        }
        return {};
    }

    int build(int index)
    {
        Node &n = m_nodes[index];
        if (n.pressure > 0)
            return n.pressure;
        const QList<int> children = byPressure(forwardNeighbours(index));
        const int childPressure = children.isEmpty() ? 0 : m_nodes.at(children.first()).pressure;
        m_nodes[index].children = children;
        m_nodes[index].pressure = 1 + childPressure;
        return m_nodes.at(index).pressure;
    }

    // Stable sort by pressure, highest first (JS Array.prototype.sort is stable).
    QList<int> byPressure(QList<int> indices)
    {
        for (int i : indices)
            build(i);
        std::stable_sort(indices.begin(), indices.end(), [this](int a, int b) {
            return m_nodes.at(a).pressure > m_nodes.at(b).pressure;
        });
        return indices;
    }

    // stretchNode(node, startCoord, prevThickness) → the node's left. Along the
    // heaviest child the chain continues (the space is shared equally by the
    // chain's members); other children start a new chain at this node's right.
    double stretch(int index, double startCoord, double prevThickness)
    {
        if (m_nodes.at(index).stretched)
            return m_nodes.at(index).stretchLeft;
        const double allThickness = 1.0 + prevThickness;
        const double fraction = 1.0 / allThickness;
        double endCoord = 1.0;
        const QList<int> children = m_nodes.at(index).children;
        for (int i = 0; i < children.size(); ++i) {
            if (i == 0)
                endCoord = stretch(children.at(0), startCoord, allThickness);
            else
                stretch(children.at(i), endCoord, 0.0);
        }
        Node &n = m_nodes[index];
        n.stretched = true;
        n.thickness = (endCoord - startCoord) * fraction;
        n.stretchLeft = endCoord - n.thickness;
        return n.stretchLeft;
    }

    // processNode: the drawn left is the parent's left + the parent's width
    // on the first path that reaches the node.
    void visit(int index, double levelCoord, int depth)
    {
        if (m_nodes.at(index).visited)
            return;
        Node &n = m_nodes[index];
        n.visited = true;
        n.levelCoord = levelCoord;
        n.stackDepth = depth;
        const double next = levelCoord + n.thickness;
        const QList<int> children = n.children;
        for (int c : children)
            visit(c, next, depth + 1);
    }

    const SegHierarchy &m_hierarchy;
    QList<Node> m_nodes;
};

// groupIntersectingEntries: hidden entries whose spans intersect form one link.
QList<HiddenGroup> groupHidden(const QList<Entry> &hidden)
{
    QList<HiddenGroup> merges;
    for (const Entry &e : hidden) {
        QList<HiddenGroup> kept;
        HiddenGroup hungry{e.spanStart, e.spanEnd, {e.index}};
        for (const HiddenGroup &m : std::as_const(merges)) {
            if (std::max(m.top, hungry.top) < std::min(m.bottom, hungry.bottom)) {
                hungry = {std::min(m.top, hungry.top), std::max(m.bottom, hungry.bottom),
                          m.segments + hungry.segments};
            } else {
                kept.append(m);
            }
        }
        kept.append(hungry);
        merges = kept;
    }
    return merges;
}

} // namespace

EventOrder defaultEventOrder()
{
    return {{OrderField::Start, false},
            {OrderField::Duration, true},
            {OrderField::AllDay, false},
            {OrderField::Title, false}};
}

std::optional<EventOrder> parseEventOrder(QStringView text)
{
    EventOrder order;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        OrderKey key;
        if (part.startsWith(u'-')) {
            key.descending = true;
            part = part.mid(1);
        }
        if (part == u"start")
            key.field = OrderField::Start;
        else if (part == u"end")
            key.field = OrderField::End;
        else if (part == u"duration")
            key.field = OrderField::Duration;
        else if (part == u"allDay")
            key.field = OrderField::AllDay;
        else if (part == u"title")
            key.field = OrderField::Title;
        else if (part == u"id")
            key.field = OrderField::Id;
        else
            return std::nullopt;
        order.append(key);
    }
    return order;
}

ColumnPlacement placeEvents(const QList<PlacementSegment> &segments, const PlacementOptions &options)
{
    const int count = int(segments.size());
    ColumnPlacement result;
    result.events.resize(count);
    if (count == 0)
        return result;

    // Vertical spans in whole pixels (computeSegVCoords). Collisions are
    // decided on these rounded spans, min height included, not on times: two
    // 10-minute appointments 15 px high collide when 10 minutes are < 15 px.
    QList<Entry> entries(count);
    for (int i = 0; i < count; ++i) {
        const double top = options.axis.yForTime(segments.at(i).start);
        const double bottom = std::max(top + options.eventMinHeight,
                                       options.axis.yForTime(segments.at(i).end));
        entries[i] = {i, jsRound(top), jsRound(bottom)};
        EventPlacement &p = result.events[i];
        p.top = entries.at(i).spanStart;
        p.bottom = entries.at(i).spanEnd;
        p.isShort = p.bottom - p.top < options.eventShortHeight;
    }

    SegHierarchy hierarchy(options.eventOrderStrict, options.eventMaxStack.value_or(-1), count);
    QList<Entry> hidden;
    for (int i : sortedOrder(segments, options)) {
        if (!hierarchy.insert(entries.at(i)))
            hidden.append(entries.at(i));
    }
    result.hiddenGroups = groupHidden(hidden);

    Web web(hierarchy, count);
    web.run();
    for (int level = 0; level < hierarchy.entriesByLevel().size(); ++level) {
        for (const Entry &e : hierarchy.entriesByLevel().at(level)) {
            const Node &n = web.node(e.index);
            EventPlacement &p = result.events[e.index];
            p.level = hierarchy.levelCoords().at(level);
            p.stackDepth = n.stackDepth;
            p.nearFraction = n.levelCoord;
            const double far = n.levelCoord + n.thickness;
            // slotEventOverlap: twice the width, never past the column's end.
            p.farFraction = options.slotEventOverlap ? std::min(1.0, p.nearFraction + 2.0 * n.thickness)
                                                     : far;
        }
    }
    for (const Entry &e : std::as_const(hidden)) {
        EventPlacement &p = result.events[e.index];
        p.isHidden = true;
        p.nearFraction = 0;
        p.farFraction = 0;
    }
    return result;
}

} // namespace tbib::agenda
