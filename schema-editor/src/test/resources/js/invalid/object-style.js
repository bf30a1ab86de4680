export class Product extends tables.Product {
	static loadAsInstance = false;
	get: async function (target) {
		return super.get(target);
	}
}
