/**
 * Draws the demo portal's photos: simple illustrated scenes (a vegetable garden, a playground,
 * a bench, a mural, a street party, a walk by the water, portraits …), made by ourselves
 * from SVG with sharp, so no one else's picture or face is in the demo.
 *
 *   npm exec -- node scripts/demo/photos.ts
 *
 * Writes JPEGs of 1600 × 1067 pixels into content/initiatieven/beelden/ and
 * content/verhalen/beelden/. Like a real phone photo, every file carries EXIF with a camera
 * make and model, the time it was taken and a GPS location: the published site must strip
 * that, and the tests prove it does. Deterministic: all variation comes from seeded
 * generators, so a run writes the same bytes every time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';

import { between, type Random, randomFor } from '#scripts/bench/random.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const W = 1600;
const H = 1067;

// ---------------------------------------------------------------------------------------------
// Drawing helpers: each returns a piece of SVG.

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const n = (x: number) => Math.round(x * 10) / 10;

const SKIN = ['#f1c7a5', '#e0ac86', '#c68a62', '#8d5a3b', '#5e3b26'];
const HAIR = ['#2b1d14', '#4a3020', '#8a5a2b', '#c9a36a', '#d9d4cc', '#1b1b1b'];
const CLOTHES = ['#2f5d8a', '#a23b2c', '#3d7a4a', '#d8a03a', '#6b4c8a', '#e6e1d6', '#37474f', '#c2593f', '#4f7f9a'];

function defs(): string {
	return `<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6d9fd1"/><stop offset="1" stop-color="#cfe1ee"/></linearGradient>
<linearGradient id="grass" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6f9a43"/><stop offset="1" stop-color="#476d2a"/></linearGradient>
<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5f8aa6"/><stop offset="1" stop-color="#2f5468"/></linearGradient>
<linearGradient id="paving" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9a39a"/><stop offset="1" stop-color="#7d776f"/></linearGradient>
<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#efe6d6"/><stop offset="1" stop-color="#d9ccb6"/></linearGradient>
<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></radialGradient>
<radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fffbe6" stop-opacity="0.9"/><stop offset="1" stop-color="#fffbe6" stop-opacity="0"/></radialGradient>
<filter id="soft" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="6"/></filter>
<filter id="softer" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="2"/></filter>
<filter id="shadow" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="8"/></filter>
</defs>`;
}

function sky(horizon: number, r: Random): string {
	let clouds = '';
	for (let i = 0; i < 6; i++) {
		const x = between(r, 0, W);
		const y = between(r, 40, horizon * 0.6);
		const w = between(r, 120, 300);
		clouds += `<g opacity="${n(between(r, 0.55, 0.85))}" filter="url(#soft)">`;
		for (let j = 0; j < 4; j++)
			clouds += `<ellipse cx="${n(x + between(r, -w / 2, w / 2))}" cy="${n(y + between(r, -15, 15))}" rx="${n(w * between(r, 0.3, 0.6))}" ry="${n(between(r, 25, 45))}" fill="#fff"/>`;
		clouds += '</g>';
	}
	return `<rect width="${W}" height="${horizon}" fill="url(#sky)"/><circle cx="${n(between(r, 200, 1400))}" cy="120" r="260" fill="url(#sun)"/>${clouds}`;
}

function tree(x: number, base: number, size: number, r: Random, blur = false): string {
	const greens = ['#3f6b2a', '#4d7d33', '#5b8c3a', '#35592a', '#6a9a45'];
	let crown = '';
	for (let i = 0; i < 9; i++)
		crown += `<ellipse cx="${n(x + between(r, -0.5, 0.5) * size)}" cy="${n(base - size * between(r, 1.1, 1.8))}" rx="${n(size * between(r, 0.35, 0.55))}" ry="${n(size * between(r, 0.3, 0.45))}" fill="${pick(r, greens)}"/>`;
	return `<g${blur ? ' filter="url(#softer)"' : ''}><rect x="${n(x - size * 0.07)}" y="${n(base - size * 1.2)}" width="${n(size * 0.14)}" height="${n(size * 1.2)}" fill="#5a4330"/>${crown}</g>`;
}

function houses(y: number, r: Random, height = 220, blur = true): string {
	const bricks = ['#8e4a34', '#a0573c', '#7b3f2d', '#b06a4a', '#6f4a3a'];
	let out = `<g${blur ? ' filter="url(#softer)"' : ''}>`;
	for (let x = -40; x < W;) {
		const w = between(r, 150, 240);
		const h = height * between(r, 0.85, 1.15);
		const top = y - h;
		out += `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${pick(r, bricks)}"/>`;
		out += `<polygon points="${n(x - 6)},${n(top)} ${n(x + w / 2)},${n(top - h * 0.35)} ${n(x + w + 6)},${n(top)}" fill="#3b3b3f"/>`;
		for (let wx = x + 22; wx < x + w - 40; wx += 60)
			for (let wy = top + 25; wy < y - 60; wy += 75)
				out += `<rect x="${n(wx)}" y="${n(wy)}" width="38" height="48" fill="#9fb5c4" stroke="#f3f0ea" stroke-width="4"/>`;
		out += `<rect x="${n(x + w - 52)}" y="${n(y - 70)}" width="34" height="70" fill="${pick(r, ['#24466b', '#2e5b3a', '#5a2323', '#222'])}"/>`;
		x += w;
	}
	return `${out}</g>`;
}

/** A standing person seen from the front; `s` is the height in pixels. */
function person(
	x: number,
	feet: number,
	s: number,
	r: Random,
	pose: 'stand' | 'walk' | 'bend' | 'sit' = 'stand',
): string {
	const skin = pick(r, SKIN);
	const hair = pick(r, HAIR);
	const shirt = pick(r, CLOTHES);
	const trousers = pick(r, ['#2b3442', '#4a4a4a', '#3b4f6b', '#6b5a44', '#1f2a36']);
	const head = s * 0.12;
	const shoulders = feet - s * 0.8;
	const hips = feet - s * 0.45;
	const bodyW = s * 0.26;
	const lean = pose === 'bend' ? s * 0.12 : 0;
	const legs =
		pose === 'sit'
			? `<path d="M${n(x - bodyW * 0.35)},${n(hips)} l${n(s * 0.22)},0 l0,${n(s * 0.25)} M${n(x + bodyW * 0.2)},${n(hips)} l${n(s * 0.22)},0 l0,${n(s * 0.25)}" stroke="${trousers}" stroke-width="${n(s * 0.1)}" stroke-linecap="round" fill="none"/>`
			: pose === 'walk'
				? `<path d="M${n(x - bodyW * 0.2)},${n(hips)} L${n(x - s * 0.14)},${n(feet)} M${n(x + bodyW * 0.2)},${n(hips)} L${n(x + s * 0.16)},${n(feet)}" stroke="${trousers}" stroke-width="${n(s * 0.1)}" stroke-linecap="round"/>`
				: `<path d="M${n(x - bodyW * 0.25)},${n(hips)} L${n(x - bodyW * 0.28)},${n(feet)} M${n(x + bodyW * 0.25)},${n(hips)} L${n(x + bodyW * 0.28)},${n(feet)}" stroke="${trousers}" stroke-width="${n(s * 0.1)}" stroke-linecap="round"/>`;
	const armEnd = pose === 'bend' ? s * 0.42 : s * 0.33;
	const arms = `<path d="M${n(x - bodyW / 2 + lean)},${n(shoulders + s * 0.04)} L${n(x - bodyW * 0.75 + lean * 1.5)},${n(shoulders + armEnd)} M${n(x + bodyW / 2 + lean)},${n(shoulders + s * 0.04)} L${n(x + bodyW * 0.75 + lean * 1.5)},${n(shoulders + armEnd)}" stroke="${shirt}" stroke-width="${n(s * 0.075)}" stroke-linecap="round"/>`;
	const torso = `<path d="M${n(x - bodyW / 2 + lean)},${n(shoulders)} Q${n(x + lean)},${n(shoulders - s * 0.03)} ${n(x + bodyW / 2 + lean)},${n(shoulders)} L${n(x + bodyW * 0.45)},${n(hips + s * 0.03)} L${n(x - bodyW * 0.45)},${n(hips + s * 0.03)} Z" fill="${shirt}"/>`;
	const hx = x + lean * 1.6;
	const hy = shoulders - head * 1.05;
	const face = `<ellipse cx="${n(hx)}" cy="${n(hy)}" rx="${n(head * 0.85)}" ry="${n(head)}" fill="${skin}"/><path d="M${n(hx - head * 0.9)},${n(hy - head * 0.1)} Q${n(hx)},${n(hy - head * 1.6)} ${n(hx + head * 0.9)},${n(hy - head * 0.1)} Q${n(hx)},${n(hy - head * 0.75)} ${n(hx - head * 0.9)},${n(hy - head * 0.1)} Z" fill="${hair}"/>`;
	const shadow = `<ellipse cx="${n(x)}" cy="${n(feet)}" rx="${n(s * 0.22)}" ry="${n(s * 0.035)}" fill="#000" opacity="0.25" filter="url(#softer)"/>`;
	return `<g>${shadow}${legs}${torso}${arms}${face}</g>`;
}

/** Head and shoulders, large, for the storytellers' portraits. */
function portrait(x: number, r: Random): string {
	const skin = pick(r, SKIN);
	const hair = pick(r, HAIR);
	const shirt = pick(r, CLOTHES);
	const cy = 470;
	const long = r() < 0.5;
	const back = long
		? `<path d="M${x - 190},${cy - 40} Q${x - 220},${cy + 260} ${x - 120},${cy + 330} L${x + 120},${cy + 330} Q${x + 220},${cy + 260} ${x + 190},${cy - 40} Z" fill="${hair}"/>`
		: '';
	return `<g>
${back}
<path d="M${x - 330},${H} Q${x - 320},${cy + 330} ${x - 120},${cy + 300} L${x + 120},${cy + 300} Q${x + 320},${cy + 330} ${x + 330},${H} Z" fill="${shirt}"/>
<rect x="${x - 60}" y="${cy + 150}" width="120" height="170" rx="40" fill="${skin}"/>
<path d="M${x - 120},${cy + 300} Q${x},${cy + 380} ${x + 120},${cy + 300}" fill="${skin}" opacity="0.9"/>
<ellipse cx="${x}" cy="${cy}" rx="165" ry="205" fill="${skin}"/>
<ellipse cx="${x - 165}" cy="${cy + 20}" rx="24" ry="40" fill="${skin}"/>
<ellipse cx="${x + 165}" cy="${cy + 20}" rx="24" ry="40" fill="${skin}"/>
<path d="M${x - 175},${cy - 10} Q${x - 170},${cy - 250} ${x},${cy - 240} Q${x + 170},${cy - 250} ${x + 175},${cy - 10} Q${x + 120},${cy - 150} ${x},${cy - 150} Q${x - 110},${cy - 150} ${x - 175},${cy - 10} Z" fill="${hair}"/>
<ellipse cx="${x - 60}" cy="${cy + 10}" rx="16" ry="11" fill="#2a2420"/>
<ellipse cx="${x + 60}" cy="${cy + 10}" rx="16" ry="11" fill="#2a2420"/>
<path d="M${x - 90},${cy - 35} q30,-14 60,0 M${x + 30},${cy - 35} q30,-14 60,0" stroke="${hair}" stroke-width="9" fill="none" stroke-linecap="round"/>
<path d="M${x},${cy + 20} q-14,50 0,62" stroke="#000" stroke-opacity="0.18" stroke-width="7" fill="none" stroke-linecap="round"/>
<path d="M${x - 55},${cy + 115} Q${x},${cy + 150} ${x + 55},${cy + 115}" stroke="#7a3a30" stroke-width="9" fill="none" stroke-linecap="round"/>
<ellipse cx="${x - 95}" cy="${cy + 80}" rx="28" ry="16" fill="#e0806a" opacity="0.25"/>
<ellipse cx="${x + 95}" cy="${cy + 80}" rx="28" ry="16" fill="#e0806a" opacity="0.25"/>
</g>`;
}

function grassBlades(y0: number, y1: number, r: Random, count: number): string {
	let out = '';
	for (let i = 0; i < count; i++) {
		const x = between(r, 0, W);
		const y = between(r, y0, y1);
		out += `<path d="M${n(x)},${n(y)} l${n(between(r, -6, 6))},${n(-between(r, 8, 22))}" stroke="${pick(r, ['#5d8a37', '#7aa84f', '#3f6a25'])}" stroke-width="3"/>`;
	}
	return out;
}

/** A vignette, as from a phone lens, makes the drawing look a bit more like a photo. */
function finish(): string {
	return `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`;
}

// ---------------------------------------------------------------------------------------------
// Scenes.

type Scene = (r: Random) => string;

const moestuin: Scene = (r) => {
	let beds = '';
	for (let i = 0; i < 3; i++) {
		const x = 160 + i * 470;
		const y = 640 + (i % 2) * 40;
		beds += `<rect x="${x}" y="${y}" width="400" height="190" fill="#6b4a2f"/><rect x="${x}" y="${y}" width="400" height="24" fill="#8a6440"/><rect x="${x + 14}" y="${y + 24}" width="372" height="40" fill="#4a3322"/>`;
		for (let p = 0; p < 9; p++) {
			const px = x + 30 + p * 42;
			const kind = (i + p) % 3;
			if (kind === 0)
				beds += `<ellipse cx="${px}" cy="${y + 20}" rx="22" ry="30" fill="#4f8a35"/><ellipse cx="${px}" cy="${y + 14}" rx="12" ry="18" fill="#7cb255"/>`;
			else if (kind === 1)
				beds += `<path d="M${px},${y + 30} l0,-70" stroke="#3e6b2a" stroke-width="4"/><circle cx="${px - 8}" cy="${y - 10}" r="10" fill="#c7352a"/><circle cx="${px + 9}" cy="${y - 28}" r="9" fill="#d94a30"/><ellipse cx="${px}" cy="${y - 40}" rx="18" ry="10" fill="#4e8a36"/>`;
			else
				beds += `<circle cx="${px}" cy="${y + 12}" r="24" fill="#7ea65a"/><circle cx="${px}" cy="${y + 12}" r="13" fill="#b8d490"/>`;
		}
	}
	return `${sky(380, r)}${houses(420, r, 200)}${tree(90, 470, 180, r, true)}${tree(1500, 470, 200, r, true)}
<rect y="400" width="${W}" height="${H - 400}" fill="url(#grass)"/>${grassBlades(420, H, r, 400)}
<path d="M0,920 L${W},880 L${W},${H} L0,${H} Z" fill="#8d7a5f"/>
${beds}
${person(620, 900, 330, r, 'bend')}${person(1180, 930, 360, r, 'stand')}
<path d="M1320,935 l70,0 l-10,-60 l-50,0 Z" fill="#3d7a4a"/><path d="M1380,890 q40,-20 50,-50" stroke="#3d7a4a" stroke-width="10" fill="none"/>
${finish()}`;
};

const speeltuin: Scene = (r) =>
	`${sky(430, r)}${tree(120, 470, 220, r, true)}${tree(420, 450, 170, r, true)}${tree(1400, 470, 240, r, true)}${tree(1130, 440, 150, r, true)}
<rect y="420" width="${W}" height="${H - 420}" fill="url(#grass)"/>${grassBlades(430, H, r, 300)}
<ellipse cx="800" cy="820" rx="720" ry="180" fill="#e3cf9c"/><ellipse cx="800" cy="820" rx="700" ry="165" fill="#ead9aa"/>
<g stroke="#2f5d8a" stroke-width="18" stroke-linecap="round"><path d="M300,820 L300,420 M560,820 L560,420 M300,560 L560,560"/></g>
<rect x="280" y="540" width="300" height="30" fill="#d8a03a"/><polygon points="300,420 430,320 560,420" fill="#c2593f"/>
<path d="M560,560 Q720,600 780,800" stroke="#c2593f" stroke-width="46" fill="none"/><path d="M560,560 Q720,600 780,800" stroke="#e07a52" stroke-width="26" fill="none"/>
<g stroke="#6b4c8a" stroke-width="16" stroke-linecap="round" fill="none"><path d="M1000,840 L1100,430 L1200,840 M1300,840 L1400,430 L1500,840 M1100,430 L1400,430"/></g>
<g stroke="#444" stroke-width="4"><path d="M1180,430 L1180,690 M1240,430 L1240,690 M1320,430 L1320,650 M1380,430 L1380,650"/></g>
<rect x="1170" y="685" width="80" height="14" fill="#333"/><rect x="1310" y="645" width="80" height="14" fill="#333"/>
${person(1210, 770, 220, r, 'sit')}${person(880, 880, 240, r, 'walk')}${person(420, 540, 200, r, 'stand')}${person(130, 900, 380, r, 'stand')}
${finish()}`;

const bankje: Scene = (r) =>
	`${sky(470, r)}
<path d="M0,470 Q400,440 800,460 T${W},450 L${W},${H} L0,${H} Z" fill="url(#grass)"/>${grassBlades(470, H, r, 500)}
${tree(200, 520, 230, r, true)}${tree(1250, 500, 260, r, true)}${tree(1500, 520, 170, r, true)}
<path d="M560,${H} Q700,700 900,520 L960,520 Q820,720 900,${H} Z" fill="#c9b68f"/>
<ellipse cx="600" cy="905" rx="430" ry="40" fill="#000" opacity="0.22" filter="url(#shadow)"/>
<g><rect x="240" y="610" width="720" height="26" rx="6" fill="#8a6440"/><rect x="240" y="650" width="720" height="26" rx="6" fill="#7a5636"/><rect x="240" y="690" width="720" height="26" rx="6" fill="#8a6440"/>
<rect x="220" y="770" width="760" height="30" rx="6" fill="#9a7048"/><rect x="230" y="805" width="740" height="24" rx="6" fill="#7a5636"/>
<rect x="270" y="600" width="24" height="300" fill="#2b2b2b"/><rect x="900" y="600" width="24" height="300" fill="#2b2b2b"/></g>
${person(720, 880, 330, r, 'sit')}
<rect x="1090" y="300" width="14" height="560" fill="#2b2b2b"/><path d="M1070,300 l54,0 l-12,-40 l-30,0 Z" fill="#2b2b2b"/>
${finish()}`;

const muurschildering: Scene = (r) => {
	let bricks = '';
	for (let y = 0; y < 840; y += 36)
		for (let x = (y / 36) % 2 ? -40 : 0; x < W; x += 80)
			bricks += `<rect x="${x + 2}" y="${y + 2}" width="76" height="32" fill="${pick(r, ['#9a5238', '#a85c40', '#8c4a33', '#b0684a'])}"/>`;
	return `<rect width="${W}" height="${H}" fill="#6b3a2a"/>${bricks}
<g opacity="0.93"><rect x="120" y="90" width="1360" height="650" rx="30" fill="#f1e6c8"/>
<circle cx="1180" cy="260" r="120" fill="#e8b53a"/><path d="M120,520 Q400,380 700,520 T1480,480 L1480,740 L120,740 Z" fill="#3f7fb5"/>
<path d="M120,600 Q420,500 760,610 T1480,570 L1480,740 L120,740 Z" fill="#2e5d8c"/>
<path d="M120,420 L380,230 L560,420 Z" fill="#4d7d33"/><path d="M420,440 L700,180 L900,440 Z" fill="#5b8c3a"/>
<path d="M300,200 q30,-25 60,0 q30,-25 60,0" stroke="#333" stroke-width="8" fill="none"/><path d="M820,150 q25,-20 50,0 q25,-20 50,0" stroke="#333" stroke-width="8" fill="none"/>
<circle cx="980" cy="560" r="60" fill="#c2593f"/><circle cx="1070" cy="600" r="45" fill="#d8a03a"/><circle cx="900" cy="620" r="40" fill="#6b4c8a"/></g>
<rect y="840" width="${W}" height="${H - 840}" fill="url(#paving)"/>
<g stroke="#bdbdbd" stroke-width="12"><path d="M1260,1000 L1370,380 M1400,1000 L1490,380"/></g>
<g stroke="#bdbdbd" stroke-width="8">${[460, 560, 660, 760, 860].map((y) => `<path d="M${n(1370 - (y - 380) * 0.18)},${y} L${n(1490 - (y - 380) * 0.15)},${y}"/>`).join('')}</g>
<rect x="200" y="930" width="70" height="80" fill="#3f7fb5"/><rect x="290" y="950" width="60" height="60" fill="#e8b53a"/><rect x="370" y="940" width="66" height="70" fill="#c2593f"/>
${person(640, 1010, 430, r, 'stand')}${person(1030, 1000, 300, r, 'stand')}
${finish()}`;
};

const straatfeest: Scene = (r) => {
	let bunting = '';
	for (const [y0, sag] of [
		[160, 80],
		[250, 60],
	] as const) {
		bunting += `<path d="M0,${y0} Q800,${y0 + sag * 2} ${W},${y0}" stroke="#444" stroke-width="3" fill="none"/>`;
		for (let x = 30; x < W; x += 70) {
			const t = x / W;
			const y = y0 + 4 * sag * t * (1 - t);
			bunting += `<polygon points="${x - 22},${n(y)} ${x + 22},${n(y)} ${x},${n(y + 50)}" fill="${pick(r, ['#c2593f', '#d8a03a', '#2f5d8a', '#3d7a4a', '#e6e1d6', '#6b4c8a'])}"/>`;
		}
	}
	let people = '';
	for (let i = 0; i < 9; i++)
		people += person(
			120 + i * 170 + between(r, -30, 30),
			between(r, 880, 1000),
			between(r, 300, 380),
			r,
			pick(r, ['stand', 'walk', 'stand'] as const),
		);
	return `${sky(300, r)}${houses(640, r, 360, true)}
<rect y="640" width="${W}" height="${H - 640}" fill="url(#paving)"/>
${bunting}
<rect x="220" y="700" width="1160" height="60" fill="#f4f1ea"/><rect x="240" y="760" width="16" height="120" fill="#555"/><rect x="1344" y="760" width="16" height="120" fill="#555"/>
${[300, 420, 560, 700, 860, 1010, 1160, 1280].map((x) => `<circle cx="${x}" cy="696" r="22" fill="${pick(r, ['#d8a03a', '#c2593f', '#8a6440', '#3d7a4a'])}"/>`).join('')}
${people}
${finish()}`;
};

const wandeling: Scene = (r) => {
	let ripples = '';
	for (let i = 0; i < 60; i++) {
		const x = between(r, 0, W);
		const y = between(r, 420, 640);
		ripples += `<path d="M${n(x)},${n(y)} l${n(between(r, 30, 90))},0" stroke="#cfe1ee" stroke-opacity="0.45" stroke-width="3"/>`;
	}
	return `${sky(400, r)}
<path d="M0,400 L${W},380 L${W},420 L0,430 Z" fill="#4d7d33" filter="url(#softer)"/>${tree(1300, 410, 90, r, true)}${tree(1420, 405, 110, r, true)}
<rect y="420" width="${W}" height="240" fill="url(#water)"/>${ripples}
<path d="M980,520 l160,0 l-20,36 l-120,0 Z" fill="#e6e1d6"/><rect x="1040" y="470" width="40" height="50" fill="#c2593f"/>
<rect y="650" width="${W}" height="40" fill="#6f6a63"/><rect y="690" width="${W}" height="${H - 690}" fill="#b8ab95"/>
${[100, 500, 900, 1300].map((x) => `<rect x="${x}" y="570" width="10" height="90" fill="#2b2b2b"/><circle cx="${x + 5}" cy="566" r="14" fill="#f3e6b3"/>`).join('')}
${tree(200, 760, 150, r)}${tree(1450, 780, 170, r)}
${person(560, 960, 330, r, 'walk')}${person(700, 975, 345, r, 'walk')}${person(860, 955, 300, r, 'walk')}${person(1010, 985, 360, r, 'walk')}
<rect x="1150" y="850" width="300" height="22" fill="#8a6440"/><rect x="1150" y="800" width="300" height="18" fill="#8a6440"/><rect x="1170" y="870" width="14" height="80" fill="#333"/><rect x="1420" y="870" width="14" height="80" fill="#333"/>
${finish()}`;
};

const geveltuinen: Scene = (r) => {
	let plants = '';
	for (let x = 20; x < W; x += between(r, 30, 60)) {
		const h = between(r, 60, 260);
		const colour = pick(r, ['#d04b6a', '#e7a43a', '#b26bc4', '#f2f0e6', '#e35b3b']);
		plants += `<path d="M${n(x)},860 l${n(between(r, -10, 10))},${n(-h)}" stroke="#3f6b2a" stroke-width="6"/>`;
		for (let k = 0; k < 4; k++)
			plants += `<circle cx="${n(x + between(r, -12, 12))}" cy="${n(860 - h + k * 22)}" r="${n(between(r, 8, 14))}" fill="${colour}"/>`;
		plants += `<ellipse cx="${n(x)}" cy="850" rx="${n(between(r, 22, 36))}" ry="22" fill="${pick(r, ['#4f8a35', '#5b8c3a', '#3e6b2a'])}"/>`;
	}
	return `${sky(200, r)}${houses(860, r, 640, false)}
<rect y="860" width="${W}" height="${H - 860}" fill="url(#paving)"/>
<rect y="840" width="${W}" height="30" fill="#5a4330"/>
${plants}
${person(1050, 1040, 360, r, 'bend')}
<path d="M1180,1040 l60,0 l-8,-50 l-44,0 Z" fill="#2f5d8a"/>
${finish()}`;
};

const opruimen: Scene = (r) => {
	let litter = '';
	for (let i = 0; i < 14; i++)
		litter += `<rect x="${n(between(r, 80, 1500))}" y="${n(between(r, 820, 1020))}" width="${n(between(r, 12, 28))}" height="${n(between(r, 8, 16))}" fill="${pick(r, ['#e6e1d6', '#c2593f', '#2f5d8a', '#d8a03a'])}" transform="rotate(${n(between(r, -40, 40))})"/>`;
	const grabber = (x: number, y: number) =>
		`<path d="M${x},${y} L${x + 60},${y + 170}" stroke="#777" stroke-width="7"/><path d="M${x + 55},${y + 165} l-8,22 M${x + 62},${y + 168} l10,20" stroke="#444" stroke-width="5"/>`;
	return `${sky(380, r)}${houses(460, r, 200)}
<rect y="440" width="${W}" height="140" fill="url(#paving)"/>
<rect y="570" width="${W}" height="${H - 570}" fill="url(#grass)"/>${grassBlades(580, H, r, 500)}
${tree(1480, 640, 220, r)}
${litter}
${person(420, 950, 380, r, 'bend')}${grabber(470, 800)}
${person(830, 900, 340, r, 'stand')}${grabber(870, 740)}
<path d="M960,900 q-20,-120 30,-150 l70,0 q50,30 30,150 Z" fill="#2b2b2b"/>
${person(1230, 960, 400, r, 'walk')}${grabber(1280, 800)}
${finish()}`;
};

const koffieochtend: Scene = (r) => {
	let cups = '';
	for (const x of [350, 560, 820, 1050, 1260])
		cups += `<rect x="${x}" y="650" width="44" height="40" rx="8" fill="#f4f1ea"/><path d="M${x + 44},660 q18,8 0,22" stroke="#f4f1ea" stroke-width="6" fill="none"/><ellipse cx="${x + 22}" cy="692" rx="40" ry="8" fill="#e6e1d6"/>`;
	return `<rect width="${W}" height="${H}" fill="url(#wall)"/>
<rect x="120" y="90" width="420" height="330" fill="#bcd3e0" stroke="#f8f6f1" stroke-width="22"/><path d="M330,90 L330,420 M120,255 L540,255" stroke="#f8f6f1" stroke-width="12"/>
${tree(330, 470, 140, r, true).replace('<g filter', '<g opacity="0.7" filter')}
<rect x="1060" y="120" width="380" height="260" fill="#d8a03a" opacity="0.85"/><rect x="1085" y="145" width="330" height="210" fill="#3f7fb5" opacity="0.8"/><circle cx="1320" cy="210" r="40" fill="#f1e6c8"/>
<rect y="760" width="${W}" height="${H - 760}" fill="#9a7a56"/>
${person(300, 830, 420, r, 'sit')}${person(700, 820, 400, r, 'sit')}${person(1080, 830, 430, r, 'sit')}${person(1380, 820, 390, r, 'sit')}
<rect x="180" y="690" width="1240" height="36" fill="#7a5636"/><rect x="200" y="726" width="20" height="300" fill="#5a4330"/><rect x="1380" y="726" width="20" height="300" fill="#5a4330"/>
${cups}
<path d="M760,640 l40,0 l-6,-80 l-28,0 Z" fill="#2f5d8a"/>
${finish()}`;
};

/** A portrait with a blurred background scene, like a phone's portrait mode. */
const portraitIn =
	(background: Scene): Scene =>
	(r) =>
		`<g filter="url(#soft)">${background(r)}</g>${portrait(pick(r, [700, 800, 900]), r)}${finish()}`;

const tuinachtergrond: Scene = (r) =>
	`${sky(360, r)}${houses(400, r, 180)}<rect y="380" width="${W}" height="${H - 380}" fill="url(#grass)"/>${tree(200, 520, 260, r)}${tree(1400, 520, 280, r)}<rect x="1000" y="600" width="400" height="120" fill="#6b4a2f"/>`;
const haventachtergrond: Scene = (r) =>
	`${sky(420, r)}<rect y="420" width="${W}" height="260" fill="url(#water)"/><rect y="680" width="${W}" height="${H - 680}" fill="#6f6a63"/><path d="M1100,520 l260,0 l-30,50 l-200,0 Z" fill="#e6e1d6"/><rect x="1180" y="440" width="60" height="80" fill="#c2593f"/>${houses(420, r, 160)}`;
const kamerachtergrond: Scene = (r) =>
	`<rect width="${W}" height="${H}" fill="url(#wall)"/><rect x="1050" y="120" width="420" height="330" fill="#bcd3e0" stroke="#f8f6f1" stroke-width="22"/><rect x="80" y="200" width="300" height="600" fill="#7a5636"/>${[260, 360, 460, 560].map((y) => `<rect x="100" y="${y}" width="260" height="12" fill="#5a4330"/><rect x="110" y="${y - 70}" width="${n(between(r, 150, 240))}" height="68" fill="${pick(r, CLOTHES)}"/>`).join('')}<rect y="820" width="${W}" height="${H - 820}" fill="#9a7a56"/>`;
const parkachtergrond: Scene = (r) =>
	`${sky(420, r)}<rect y="420" width="${W}" height="${H - 420}" fill="url(#grass)"/>${tree(150, 560, 260, r)}${tree(500, 500, 200, r)}${tree(1200, 520, 240, r)}${tree(1480, 560, 260, r)}<path d="M600,${H} Q800,700 1000,420 L1060,420 Q900,700 1000,${H} Z" fill="#c9b68f"/>`;

// ---------------------------------------------------------------------------------------------
// The photos: where they go, what camera "took" them, when and where (GPS).

interface Photo {
	/** Path under content/. */
	file: string;
	scene: Scene;
	camera: readonly [make: string, model: string];
	/** EXIF date and time, "YYYY:MM:DD HH:MM:SS". */
	taken: string;
	/** Latitude and longitude the camera wrote down. */
	at: readonly [number, number];
}

const PHONE_A = ['Zeelandia', 'Z7 Pro'] as const;
const PHONE_B = ['Kijkhoek', 'Lens 12'] as const;
const CAMERA = ['Brinkoptics', 'BX-200'] as const;

export const PHOTOS: readonly Photo[] = [
	{
		file: 'initiatieven/beelden/moestuin-veldhoeve.jpg',
		scene: moestuin,
		camera: PHONE_A,
		taken: '2025:08:23 10:41:12',
		at: [52.30902, 6.41631],
	},
	{
		file: 'initiatieven/beelden/opruimers-noordplein.jpg',
		scene: opruimen,
		camera: PHONE_B,
		taken: '2025:09:20 11:05:40',
		at: [52.30731, 6.39516],
	},
	{
		file: 'initiatieven/beelden/speeltuin-merelplein.jpg',
		scene: speeltuin,
		camera: CAMERA,
		taken: '2026:10:03 14:22:03',
		at: [52.29041, 6.38708],
	},
	{
		file: 'initiatieven/beelden/muurschildering-esch.jpg',
		scene: muurschildering,
		camera: PHONE_A,
		taken: '2025:09:13 15:10:55',
		at: [52.2949, 6.39339],
	},
	{
		file: 'initiatieven/beelden/zomerfeest-werfterrein.jpg',
		scene: straatfeest,
		camera: PHONE_B,
		taken: '2025:07:05 17:48:21',
		at: [52.29356, 6.41939],
	},
	{
		file: 'initiatieven/beelden/wandelgroep-kade.jpg',
		scene: wandeling,
		camera: PHONE_A,
		taken: '2026:09:08 10:12:30',
		at: [52.29113, 6.40221],
	},
	{
		file: 'initiatieven/beelden/koffieochtend-binnenstad.jpg',
		scene: koffieochtend,
		camera: CAMERA,
		taken: '2024:11:12 10:30:00',
		at: [52.29895, 6.40368],
	},
	{
		file: 'initiatieven/beelden/geveltuinen-kerkbuurt.jpg',
		scene: geveltuinen,
		camera: PHONE_B,
		taken: '2025:06:21 12:15:47',
		at: [52.29922, 6.40632],
	},
	{
		file: 'initiatieven/beelden/bankje-ommetje.jpg',
		scene: bankje,
		camera: PHONE_A,
		taken: '2025:05:10 16:02:09',
		at: [52.2967, 6.49724],
	},
	{
		file: 'verhalen/beelden/portret-moestuin.jpg',
		scene: portraitIn(tuinachtergrond),
		camera: PHONE_B,
		taken: '2026:05:16 11:20:00',
		at: [52.30905, 6.41622],
	},
	{
		file: 'verhalen/beelden/portret-eschpark.jpg',
		scene: portraitIn(parkachtergrond),
		camera: CAMERA,
		taken: '2026:04:25 14:03:10',
		at: [52.29293, 6.39369],
	},
	{
		file: 'verhalen/beelden/portret-kade.jpg',
		scene: portraitIn(haventachtergrond),
		camera: PHONE_A,
		taken: '2026:10:20 10:48:51',
		at: [52.2911, 6.4025],
	},
	{
		file: 'verhalen/beelden/portret-buurtkamer.jpg',
		scene: portraitIn(kamerachtergrond),
		camera: CAMERA,
		taken: '2026:02:10 10:15:33',
		at: [52.29895, 6.40368],
	},
];

/** 52.30902 → "52/1 18/1 3247/100": degrees, minutes and seconds as EXIF rationals. */
export function exifDegrees(value: number): string {
	const abs = Math.abs(value);
	const degrees = Math.floor(abs);
	const minutes = Math.floor((abs - degrees) * 60);
	const hundredths = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
	return `${degrees}/1 ${minutes}/1 ${hundredths}/100`;
}

export async function drawPhoto(photo: Photo): Promise<Buffer> {
	const body = photo.scene(randomFor(photo.file));
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs()}${body}</svg>`;
	const [lat, lon] = photo.at;
	return sharp(Buffer.from(svg))
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: 80, mozjpeg: true })
		.withExif({
			IFD0: {
				Make: photo.camera[0],
				Model: photo.camera[1],
				DateTime: photo.taken,
			},
			IFD2: { DateTimeOriginal: photo.taken },
			IFD3: {
				GPSLatitudeRef: lat >= 0 ? 'N' : 'S',
				GPSLatitude: exifDegrees(lat),
				GPSLongitudeRef: lon >= 0 ? 'E' : 'W',
				GPSLongitude: exifDegrees(lon),
			},
		})
		.toBuffer();
}

if (import.meta.main) {
	for (const photo of PHOTOS) {
		const target = join(ROOT, 'content', photo.file);
		mkdirSync(dirname(target), { recursive: true });
		const bytes = await drawPhoto(photo);
		writeFileSync(target, bytes);
		console.log(`${relative(ROOT, target)}: ${Math.round(bytes.length / 1024)} kB`);
	}
}
