/** `npm run import:statline -- --bestand <bestand> --koppeling <koppeling.yaml>`: importeert een CSV-export uit CBS StatLine (puntkomma’s, kolomnamen als "Gezondheid en welzijn/Afstand tot apotheek (km)"). Zie docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('statline');
