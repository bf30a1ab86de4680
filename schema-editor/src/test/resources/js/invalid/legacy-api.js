export class Product extends tables.Product {
	get(target) {
		return super.get(target);
	}
}
