/** `npm run import:kwb -- --bestand <bestand> --koppeling <koppeling.yaml>`: imports the CBS spreadsheet (.xlsx) Kerncijfers wijken en buurten, with short column names such as a_inw. See docs/importeren.md. */
import { importCli } from './import/cli.ts';

await importCli('kwb');
