/** `npm run import:cbs -- --bestand <bestand> --koppeling <koppeling.yaml>`: imports CBS open data (OData) rows, as CSV or as the JSON the CBS open-data API returns. See docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('cbs');
