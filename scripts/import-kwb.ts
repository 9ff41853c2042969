/** `npm run import:kwb -- --bestand <bestand> --koppeling <koppeling.yaml>`: importeert het Excel-bestand (.xlsx) Kerncijfers wijken en buurten van het CBS, met korte kolomnamen als a_inw. Zie docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('kwb');
