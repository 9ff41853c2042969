/** `npm run import:csv -- --bestand <bestand> --koppeling <koppeling.yaml>`: importeert een eigen CSV van de gemeente (monitor, panel): gebied;indicator;jaar;waarde;n;marge. Zie docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('csv');
