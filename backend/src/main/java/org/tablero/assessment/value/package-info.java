/**
 * The value proposition of a digital investment (domain.md, "The three assessments"; OECD proposals 4c and 4e):
 * an economic table of costs and benefits by year with its computed net present value, benefit–cost ratio and
 * payback year, and the social, strategic and environmental dimensions, each scored 0–5 and weighted into one
 * value score that ranks proposals across the portfolio.
 */
package org.tablero.assessment.value;
