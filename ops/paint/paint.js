// The public overview's first paint in Chromium, as issue #5 asks (< 2 s): first contentful paint and "charts
// drawn" (every chart has its svg or canvas), in ms from navigation start, for a first visit (a new browser, so
// nothing cached) and then for repeated visits.
//   usage: node paint.js BASE_URL [visits]        (ops/measure-overview-paint.sh installs and runs it)
const { chromium } = require('playwright-core');

const CHARTS_DRAWN = "document.querySelectorAll('.chart').length >= 9 && "
  + "[...document.querySelectorAll('.chart')].every(chart => chart.querySelector('svg, canvas'))";

async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(CHARTS_DRAWN, null, { timeout: 60000 });
  const figures = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { response: Math.round(performance.getEntriesByType('navigation')[0].responseEnd),
      firstContentfulPaint: paint ? Math.round(paint.startTime) : null, chartsDrawn: Math.round(performance.now()) };
  });
  await context.close();
  return figures;
}

(async () => {
  const [base, visits] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const runs = [];
  for (let i = 0; i < parseInt(visits || '6'); i++) {
    const figures = await visit(browser, base);
    runs.push(figures);
    console.log(`visit ${i + 1}${i === 0 ? ' (first)' : ''}: server response ${figures.response} ms, `
      + `first contentful paint ${figures.firstContentfulPaint} ms, charts drawn ${figures.chartsDrawn} ms`);
  }
  const later = runs.slice(1).map(run => run.firstContentfulPaint).sort((a, b) => a - b);
  if (later.length) {
    console.log(`later visits: first contentful paint median ${later[Math.floor(later.length / 2)]} ms, `
      + `max ${later[later.length - 1]} ms`);
  }
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
