/** `npm run import:csv -- --bestand <bestand> --koppeling <koppeling.yaml>`: imports a municipality's own CSV (monitor, panel): gebied;indicator;jaar;waarde;n;marge. See docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('csv');
