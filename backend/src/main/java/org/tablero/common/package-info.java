/** What every feature shares: input problems, concurrent edits, missing records. */
package org.tablero.common;
