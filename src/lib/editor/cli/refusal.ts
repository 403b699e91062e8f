/** A command that stops on purpose, writing nothing; `message` says why and what to do. */
export class Refusal extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'Refusal';
	}
}
