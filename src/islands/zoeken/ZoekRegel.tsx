/**
 * The field of every search form: label, an optional hint, the field and its button on one line
 * (they wrap on a narrow screen). The same markup is rendered on the server, so it works without
 * JavaScript.
 */
import type { InputHTMLAttributes, RefObject } from 'react';

interface Props {
	id: string;
	label: string;
	/** Hide the label visually (the header, where the button says what the field is for). */
	labelVerborgen?: boolean;
	hint?: string;
	knop: string;
	inputRef: RefObject<HTMLInputElement | null>;
	/** Everything else of the input: type, name, autocomplete, handlers. */
	input: InputHTMLAttributes<HTMLInputElement>;
}

export function ZoekRegel({ id, label, labelVerborgen = false, hint, knop, inputRef, input }: Props) {
	return (
		<>
			<label htmlFor={id} className={labelVerborgen ? 'visually-hidden' : 'zoek-label'}>
				{label}
			</label>
			{hint && (
				<p className="zoek-hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			<div className="zoek-regel">
				<input
					{...input}
					id={id}
					ref={inputRef}
					className="zoek-veld"
					aria-describedby={hint ? `${id}-hint` : undefined}
				/>
				<button type="submit" className="zoek-knop">
					{knop}
				</button>
			</div>
		</>
	);
}
