export class Product extends tables.Product {
	static loadAsInstance = false;
	get(target) {
		return super.get(target);
	},
	put(target data) {
		return super.put(target, data);
	}
}
