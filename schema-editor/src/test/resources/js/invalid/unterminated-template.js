export class Report extends Resource {
	static loadAsInstance = false;
	get(target) {
		return `total: ${target.id}
	}
}
