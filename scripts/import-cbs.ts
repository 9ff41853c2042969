/** `npm run import:cbs -- --bestand <bestand> --koppeling <koppeling.yaml>`: importeert CBS open data (OData): de CSV- of JSON-rijen zoals de CBS open-data-API ze levert. Zie docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('cbs');
