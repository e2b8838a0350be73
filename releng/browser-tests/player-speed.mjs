// Times an exported DM Studio HTML player in Debian's chromium: page load, single steps forward
// and back, and a jump from the last step to the first. Used by `dmstudio bench diagram`.
// usage: node player-speed.mjs PLAYER.html
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [html] = process.argv.slice(2);
if (!html) {
	console.error('usage: node player-speed.mjs PLAYER.html');
	process.exit(2);
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
	const page = context.pages()[0] || await context.newPage();
	const start = Date.now();
	await page.goto(pathToFileURL(resolve(html)).href);
	await page.waitForFunction(() => window.dmPlayer !== undefined, null, { timeout: 30000 });
	const loadMs = Date.now() - start;
	// Each step is timed up to the next rendered frame, as a user pressing the arrow key would see it.
	const timing = await page.evaluate(async () => {
		const frame = () => new Promise(r => requestAnimationFrame(() => r()));
		const size = window.dmPlayer.size;
		const steps = Math.min(300, size - 1);
		const worst = { forward: 0, back: 0 };
		let forward = 0, back = 0;
		for (let i = 1; i <= steps; i++) {
			const t = performance.now();
			window.dmPlayer.seek(i);
			await frame();
			const d = performance.now() - t;
			forward += d;
			worst.forward = Math.max(worst.forward, d);
		}
		for (let i = steps - 1; i >= 0; i--) {
			const t = performance.now();
			window.dmPlayer.seek(i);
			await frame();
			const d = performance.now() - t;
			back += d;
			worst.back = Math.max(worst.back, d);
		}
		window.dmPlayer.seek(size - 1);
		await frame();
		const t = performance.now();
		window.dmPlayer.seek(0);
		await frame();
		return { size, steps, forward: forward / steps, back: back / steps, worst, jump: performance.now() - t };
	});
	console.log(`player in chromium: ${timing.size} steps, load ${loadMs} ms, step forward ${timing.forward.toFixed(1)} ms`
		+ ` (worst ${timing.worst.forward.toFixed(1)}), step back ${timing.back.toFixed(1)} ms (worst ${timing.worst.back.toFixed(1)}),`
		+ ` jump last -> first ${timing.jump.toFixed(1)} ms (each up to the next frame, 16.7 ms at 60 Hz)`);
} finally {
	if (context) {
		await context.close();
	}
	rmSync(profile, { recursive: true, force: true });
}
