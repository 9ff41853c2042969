/** `npm run publiceer`: which targets are allowed, how releases are named and kept, and the exact SSH/rsync commands. */
import { describe, expect, it } from 'vitest';

import {
	freeName,
	isReleaseName,
	parseKeep,
	previousRelease,
	releaseName,
	releasesToRemove,
	sortedReleases,
} from '#scripts/publish/releases.ts';
import { parseState, publishCommands, quote, stateCommand, switchCommand } from '#scripts/publish/remote.ts';
import { parseTarget } from '#scripts/publish/target.ts';

const R = (n: number) => `2026113${n}T120000Z-abc1234`;

describe('parseTarget', () => {
	it('reads a local folder, relative to the working folder', () => {
		expect(parseTarget('/srv/wijkportaal')).toEqual({ kind: 'local', dir: '/srv/wijkportaal' });
		expect(parseTarget('uitrol', '/home/beheer')).toEqual({ kind: 'local', dir: '/home/beheer/uitrol' });
	});

	it('reads a server folder', () => {
		expect(parseTarget('beheer@web1.gemeente.nl:/srv/wijkportaal/')).toEqual({
			kind: 'remote',
			host: 'beheer@web1.gemeente.nl',
			dir: '/srv/wijkportaal',
		});
	});

	it.each([
		'-oProxyCommand=touch:/srv/x',
		'x@-oProxy:/srv/x',
		'a b@web:/srv/x',
		'web:relatief/pad',
		'web:/srv/../etc',
		"web:/srv/it's",
		'web:/srv/$(reboot)',
		'web:/srv/a;rm -rf',
		'web:/srv/a b',
		'',
	])('refuses %j with a Dutch message', (doel) => {
		expect(() => parseTarget(doel)).toThrow(/server|map|naartoe/);
	});
});

describe('release names', () => {
	it('are the UTC time and the short commit, and sort by time', () => {
		expect(releaseName(new Date('2026-11-30T22:58:07.123+01:00'), '3f2a9c1')).toBe('20261130T215807Z-3f2a9c1');
		expect(releaseName(new Date('2026-11-30T21:58:07Z'), undefined)).toBe('20261130T215807Z-onbekend');
		expect(releaseName(new Date('2026-11-30T21:58:07Z'), 'not a hash')).toBe('20261130T215807Z-onbekend');
	});

	it('get a number when two releases fall in one second', () => {
		expect(freeName(R(0), [R(0)])).toBe(`${R(0)}-2`);
		expect(freeName(R(0), [R(0), `${R(0)}-2`])).toBe(`${R(0)}-3`);
		expect(isReleaseName(`${R(0)}-2`)).toBe(true);
	});

	it('never take a freed lower number: the newest release of a second sorts last', () => {
		// The release without a number was removed by --bewaar; the next one in that second comes after -3.
		expect(freeName(R(0), [`${R(0)}-2`, `${R(0)}-3`])).toBe(`${R(0)}-4`);
		const tenth = `${R(0)}-10`;
		expect(sortedReleases([tenth, `${R(0)}-9`, R(0)])).toEqual([R(0), `${R(0)}-9`, tenth]);
	});

	it('leave out half copies and other entries', () => {
		expect(sortedReleases([R(1), `.${R(2)}-deel`, 'lost+found', R(0)])).toEqual([R(0), R(1)]);
	});
});

describe('keeping releases', () => {
	const all = [R(1), R(2), R(3), R(4), R(5), R(6)];

	it('removes the oldest beyond --bewaar', () => {
		expect(releasesToRemove(all, R(6), 5)).toEqual([R(1)]);
		expect(releasesToRemove(all, R(6), 2)).toEqual([R(1), R(2), R(3), R(4)]);
		expect(releasesToRemove(all, R(6), 10)).toEqual([]);
	});

	it('never removes the current release or the one before it', () => {
		// After a rollback to R(2), R(1) is what a second rollback goes back to.
		const gone = releasesToRemove(all, R(2), 2);
		expect(gone).not.toContain(R(2));
		expect(gone).not.toContain(R(1));
		expect(gone).toEqual([R(3), R(4), R(5), R(6)]);
	});

	it('finds the previous release', () => {
		expect(previousRelease(all, R(4))).toBe(R(3));
		expect(previousRelease(all, R(1))).toBeUndefined();
		expect(previousRelease(all, undefined)).toBeUndefined();
	});

	it('reads --bewaar: a whole number of 2 or more', () => {
		expect(parseKeep(undefined)).toBe(5);
		expect(parseKeep('3')).toBe(3);
		for (const wrong of ['1', '0', '-2', 'vijf', '2.5']) expect(parseKeep(wrong)).toBeUndefined();
	});
});

describe('commands for a server', () => {
	const target = { host: 'beheer@web1', dir: '/srv/wijkportaal' };
	const SSH = ['ssh', '-o', 'BatchMode=yes', 'beheer@web1'];

	it('quotes for the server shell', () => {
		expect(quote("it's")).toBe(`'it'\\''s'`);
	});

	it('reads the state of the server', () => {
		const command = stateCommand(target);
		expect(command.slice(0, 4)).toEqual(SSH);
		expect(command[4]).toContain("ls -1 '/srv/wijkportaal/releases'");
		expect(command[4]).toContain("readlink '/srv/wijkportaal/huidig'");
		expect(parseState(`${R(2)}\n${R(1)}\n.x-deel\n--- huidig ---\nreleases/${R(2)}\n`)).toEqual({
			releases: [R(1), R(2)],
			current: R(2),
		});
		expect(parseState('--- huidig ---\n')).toEqual({ releases: [], current: undefined });
	});

	it('uploads with rsync next to the current release, then checks and switches in one SSH command', () => {
		const plan = publishCommands({
			target,
			build: '/work/dist/',
			release: R(7),
			files: 2539,
			releases: [R(1), R(2), R(3), R(4), R(5), R(6)],
			current: R(6),
			keep: 5,
		});
		expect(plan.upload).toEqual([
			'rsync',
			'--archive',
			'--delete',
			'--rsh=ssh -o BatchMode=yes',
			`--link-dest=/srv/wijkportaal/releases/${R(6)}`,
			'/work/dist/',
			`beheer@web1:/srv/wijkportaal/releases/.${R(7)}-deel/`,
		]);
		expect(plan.activate).toEqual([
			...SSH,
			[
				`test -f '/srv/wijkportaal/releases/.${R(7)}-deel/index.html'`,
				`test -f '/srv/wijkportaal/releases/.${R(7)}-deel/404.html'`,
				`test "$(find '/srv/wijkportaal/releases/.${R(7)}-deel' -type f | wc -l)" -eq 2539`,
				`mv -T '/srv/wijkportaal/releases/.${R(7)}-deel' '/srv/wijkportaal/releases/${R(7)}'`,
				`ln -sfn 'releases/${R(7)}' '/srv/wijkportaal/.huidig-nieuw'`,
				`mv -T '/srv/wijkportaal/.huidig-nieuw' '/srv/wijkportaal/huidig'`,
			].join(' && '),
		]);
		expect(plan.cleanup).toEqual([...SSH, `rm -rf -- '/srv/wijkportaal/releases/.${R(7)}-deel'`]);
		expect(plan.prune).toEqual([
			...SSH,
			`rm -rf -- '/srv/wijkportaal/releases/${R(1)}' '/srv/wijkportaal/releases/${R(2)}'`,
		]);
	});

	it('copies everything the first time and removes nothing', () => {
		const plan = publishCommands({
			target,
			build: '/work/dist',
			release: R(1),
			files: 3,
			releases: [],
			current: undefined,
			keep: 5,
		});
		expect(plan.upload.some((arg) => arg.startsWith('--link-dest'))).toBe(false);
		expect(plan.prune).toBeUndefined();
	});

	it('switches back with one SSH command', () => {
		expect(switchCommand(target, R(5))).toEqual([
			...SSH,
			`test -d '/srv/wijkportaal/releases/${R(5)}' && ln -sfn 'releases/${R(5)}' '/srv/wijkportaal/.huidig-nieuw' && mv -T '/srv/wijkportaal/.huidig-nieuw' '/srv/wijkportaal/huidig'`,
		]);
	});
});
