export class Orders extends databases.shop.OrderLine {
	static loadAsInstance = false;

	async search(target) {
		target.conditions = [...(target.conditions ?? []), { attribute: 'qty', comparator: 'greater_than', value: 0 }];
		return super.search(target);
	}

	async patch(target, data) {
		if (typeof data.qty === 'number' && data.qty < 0) {
			const error = new Error('qty must not be negative');
			error.statusCode = 400;
			throw error;
		}
		return super.patch(target, data);
	}
}
