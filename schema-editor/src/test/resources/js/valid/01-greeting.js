// A plain resource, as in the create-harper template
export class Greeting extends Resource {
	static loadAsInstance = false;

	async post(target, newRecord) {
		return { greeting: 'Greetings, post!' };
	}

	async get(target) {
		target.checkPermission = false;
		return { greeting: 'Greetings, get! ' + process.version };
	}

	async put(target, record) {
		if (this.getCurrentUser()?.name?.includes('Coffee')) {
			return new Response('Coffee? COFFEE?!', { status: 418 });
		}
		return { greeting: 'Sssssssssssssss!' };
	}

	async delete(target) {
		return true;
	}
}
