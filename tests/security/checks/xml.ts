/** Whether a text is well-formed XML, read strictly (a warning stops it as well). */
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';

export function xmlProblem(text: string): string | undefined {
	try {
		new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'text/xml');
		return undefined;
	} catch (error) {
		return (error as Error).message.split('\n')[0]!.slice(0, 160);
	}
}
