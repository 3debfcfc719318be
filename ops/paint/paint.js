// The public overview's first paint in Chromium, as issue #5 asks (< 2 s): first contentful paint (the page's own
// loading frame, LoadingShell), "figures shown" (the overview's first headline tile is in the page) and "charts
// drawn" (every chart has its svg or canvas), in ms from navigation start, for a first visit (a new browser, so
// nothing cached) and then for repeated visits, each in a new browser context.
//   usage: node paint.js BASE_URL [visits]        (ops/measure-overview-paint.sh installs and runs it)
const { chromium } = require('playwright-core');

const CHARTS_DRAWN = "document.querySelectorAll('.chart').length >= 9 && "
  + "[...document.querySelectorAll('.chart')].every(chart => chart.querySelector('svg, canvas'))";

async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (document.querySelector('.tile')) {
        window.figuresShown = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(CHARTS_DRAWN, null, { timeout: 60000 });
  const figures = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { response: Math.round(performance.getEntriesByType('navigation')[0].responseEnd),
      firstContentfulPaint: paint ? Math.round(paint.startTime) : null, figuresShown: Math.round(window.figuresShown),
      chartsDrawn: Math.round(performance.now()) };
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
      + `first contentful paint ${figures.firstContentfulPaint} ms, figures shown ${figures.figuresShown} ms, `
      + `charts drawn ${figures.chartsDrawn} ms`);
  }
  for (const [name, figure] of [['first contentful paint', 'firstContentfulPaint'],
    ['figures shown', 'figuresShown'], ['charts drawn', 'chartsDrawn']]) {
    const later = runs.slice(1).map(run => run[figure]).sort((a, b) => a - b);
    if (later.length) {
      console.log(`later visits: ${name} median ${later[Math.floor(later.length / 2)]} ms, `
        + `max ${later[later.length - 1]} ms`);
    }
  }
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
