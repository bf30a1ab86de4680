const HEX = /^[0-9a-f]{8}$/i;
const ratio = 10 / 2 / 1;

export class PageView extends tables.PageView {
	static loadAsInstance = false;

	async post(target, data) {
		if (!HEX.test(data.id)) {
			return { status: 400, data: { error: 'bad id' } };
		}
		const counter = await this.update(target);
		counter.addTo('views', 1);
		return { status: 204 };
	}

	static async total(context) {
		return tables.PageView.getRecordCount({ exactCount: false }, context);
	}
}

export function rate(views, seconds) {
	return seconds === 0 ? 0 : views / seconds * ratio;
}
