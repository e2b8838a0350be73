// Opens an exported DM Studio HTML player of seed 000 (built in) in Debian's chromium, goes to the
// failing probe of the first NPU core through the page's go-to box, checks the marks on the IOMMU
// and the core, steps with the keyboard and saves a screenshot.
// usage: node player-check.mjs PLAYER.html SCREENSHOT.png
// Prints one line per check; exits 0 when all hold, 1 otherwise.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [html, screenshot] = process.argv.slice(2);
if (!html || !screenshot) {
	console.error('usage: node player-check.mjs PLAYER.html SCREENSHOT.png');
	process.exit(2);
}
const IOMMU = 'device:fdab9000.iommu';
const CORE = 'device:fdab0000.npu';
const failures = [];
function check(ok, what) {
	console.log((ok ? 'ok   ' : 'FAIL ') + what);
	if (!ok) {
		failures.push(what);
	}
}

const profile = mkdtempSync(join(tmpdir(), 'dmstudio-chromium-'));
let context;
try {
	context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
		viewport: { width: 1600, height: 1000 },
	});
	const outside = [];
	await context.route('**/*', route => {
		const url = route.request().url();
		if (url.startsWith('file:') || url.startsWith('data:')) {
			return route.continue();
		}
		outside.push(url);
		return route.abort();
	});
	const page = context.pages()[0] || await context.newPage();
	const errors = [];
	page.on('pageerror', e => errors.push(String(e)));
	page.on('console', m => m.type() === 'error' && errors.push(m.text()));
	await page.goto(pathToFileURL(resolve(html)).href);
	await page.waitForFunction(() => window.dmPlayer !== undefined, null, { timeout: 10000 });

	const size = await page.evaluate(() => window.dmPlayer.size);
	check(size > 100, 'the player holds the trace (' + size + ' steps)');
	const failing = await page.evaluate(() => window.dmPlayer.find('-EINVAL@fdab0000.npu'));
	check(failing > 0, 'the trace has a call on fdab0000.npu returning -EINVAL (step ' + failing + ')');

	await page.keyboard.press('Home');
	check(await page.evaluate(() => window.dmPlayer.step()) === 0, 'Home goes to step 0');
	await page.fill('#goto', '-EINVAL@fdab0000.npu');
	await page.press('#goto', 'Enter');
	check(await page.evaluate(() => window.dmPlayer.step()) === failing, 'the go-to box goes to the failing probe');
	await page.keyboard.press('ArrowRight');
	check(await page.evaluate(() => window.dmPlayer.step()) === failing + 1, 'Right steps forward');
	await page.keyboard.press('ArrowLeft');
	check(await page.evaluate(() => window.dmPlayer.step()) === failing, 'Left steps back');

	const marks = await page.evaluate(([iommu, core]) => {
		const look = id => {
			const g = document.getElementById(id);
			if (!g) {
				return null;
			}
			const shape = g.querySelector(':scope > .shape');
			return {
				classes: g.getAttribute('class').split(' '),
				badges: Array.from(g.querySelectorAll(':scope > text.badge')).map(t => t.textContent).filter(t => t),
				stroke: getComputedStyle(shape).stroke,
			};
		};
		return { iommu: look(iommu), core: look(core), call: window.dmPlayer.state().call,
			stack: document.getElementById('stack').textContent };
	}, [IOMMU, CORE]);
	console.log('step ' + failing + ': ' + marks.call);
	console.log('iommu ' + JSON.stringify(marks.iommu));
	console.log('core  ' + JSON.stringify(marks.core));
	check(marks.iommu !== null && marks.iommu.classes.includes('error-stored')
		&& marks.iommu.badges.includes('-EPROBE_DEFER stored'), 'the IOMMU is marked -EPROBE_DEFER stored');
	check(marks.core !== null && marks.core.classes.includes('error-returned')
		&& marks.core.badges.includes('returned -EINVAL'), 'the core is marked returned -EINVAL');
	check(marks.iommu !== null && marks.iommu.stroke === 'rgb(197, 48, 48)', 'the IOMMU is drawn in the error colour');
	check(marks.stack.includes('driver_probe_device(fdab0000.npu) = -EINVAL'), 'the call stack shows the failing probe');

	await page.keyboard.press('Home');
	const before = await page.evaluate(id => window.dmPlayer.state().elements[id], IOMMU);
	check(before !== undefined && !before.classes.includes('error-stored'), 'at step 0 the IOMMU has no stored error');
	await page.keyboard.press('End');
	check(await page.evaluate(() => window.dmPlayer.step()) === size - 1, 'End goes to the last step');
	await page.fill('#goto', '-EINVAL@fdab0000.npu');
	await page.press('#goto', 'Enter');
	await page.screenshot({ path: screenshot, fullPage: true });
	check(outside.length === 0, 'no request left the file (' + outside.join(' ') + ')');
	check(errors.length === 0, 'no script error (' + errors.join(' | ') + ')');
} catch (e) {
	check(false, 'browser run: ' + e);
} finally {
	if (context) {
		await context.close();
	}
	rmSync(profile, { recursive: true, force: true });
}
console.log(failures.length === 0 ? 'PASS' : 'FAILED: ' + failures.length + ' check(s)');
process.exit(failures.length === 0 ? 0 : 1);
