/* Product endpoint
export class Product extends tables.Product {
}
