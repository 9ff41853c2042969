/** A reason why publishing stops, in plain Dutch for whoever runs the command: never a stack trace. */
export class PublishProblem extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PublishProblem';
	}
}
