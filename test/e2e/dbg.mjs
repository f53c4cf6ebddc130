import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--host-resolver-rules=MAP *.gravatar.com ~NOTFOUND'] });
const page = await browser.newPage({ baseURL: process.env.WP_BASE_URL });
await page.route('**/wp-content/uploads/**', r => r.fulfill({status:200, body:''}));
const js = (b) => (r) => r.fulfill({status:200, contentType:'text/javascript', body:b});
await page.route(/oct8ne\.com/, js('window.__o=1'));
await page.route('**/cdn.belco.io/v2/widget.js', js('window.__b=1'));
await page.route(/bambuser/, js('window.__bb=1'));
await page.route('https://tracker.loymax.test/tracker.js', js('window.__l=1'));
page.on('response', r => { if (/wp-json|commerce-bridge/.test(r.url())) console.log('resp', r.status(), r.url().slice(0,120)); });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('/wp-login.php'); await page.fill('#user_login','sanne.devries'); await page.fill('#user_pass','woolab-customer-pw');
await Promise.all([page.waitForEvent('domcontentloaded'), page.click('#wp-submit')]);
console.log('after login', page.url());
for (const p of ['/', '/product/beanie/']) { const t0=Date.now(); await page.goto(p); await page.waitForTimeout(4000); console.log(p, Date.now()-t0, await page.evaluate(() => JSON.stringify({o: window.__o, b: window.__b, l: window.__l, bq: window.Belco && window.Belco._q}))); console.log((await (await page.request.get('/wp-json/wc/store/v1/cart')).json()).items.map(i => i.id+'x'+i.quantity)); }
await browser.close();
