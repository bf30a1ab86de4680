import { Resource as Base } from 'harperdb';

class Status extends Base {
	static loadAsInstance = false;

	get(target) {
		return { ok: true, at: new Date().toISOString() };
	}
}

class Ping extends Resource {
	static loadAsInstance = false;
	subscribe(request) {
		return super.subscribe(request);
	}
}

function helper(a, b = {}) {
	return a ?? b;
}

export { Status, Ping as Heartbeat, helper };
export default Status;
