/** Where the editor finds the content: the repository that holds the content folder. */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The repository the content folder is in (the nearest folder with .git), else the folder above it. */
export function repositoryRoot(content: string): string {
	for (let dir = content; ; dir = dirname(dir)) {
		if (existsSync(join(dir, '.git'))) return dir;
		if (dirname(dir) === dir) return dirname(content);
	}
}

/** The content folder as the editor's configuration names it: relative to the repository, with `/`. */
export function contentPathInRepository(content: string): string {
	return relative(repositoryRoot(content), content).split(sep).join('/') || '.';
}
