// SPDX-License-Identifier: GPL-3.0-or-later
// Links tbib_server and nothing else, with --no-as-needed, for the
// "layering_server" test: its NEEDED entries are the server's whole link line,
// which must hold Qt HTTP Server and no GUI module (DESIGN §1). It only has to
// link; it does nothing when run.

int main()
{
    return 0;
}
