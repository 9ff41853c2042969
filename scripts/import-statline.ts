/** `npm run import:statline -- --bestand <bestand> --koppeling <koppeling.yaml>`: imports a CBS StatLine CSV export (semicolons, column titles such as "Gezondheid en welzijn/Afstand tot apotheek (km)"). See docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('statline');
