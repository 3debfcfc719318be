/**
 * Open by default (domain.md, "Open by default"): the public read model of the portfolio, what is withheld from it
 * and why, the public JSON API, the downloads (CSV, data package, DCAT catalogue, Atom feed) and the quarterly
 * snapshots. Nothing here needs a signed-in user, and nothing here reads {@code CurrentUser} except the marking of
 * confidential fields, which the digital authority does.
 */
@NullMarked
package org.tablero.publication;

import org.jspecify.annotations.NullMarked;
