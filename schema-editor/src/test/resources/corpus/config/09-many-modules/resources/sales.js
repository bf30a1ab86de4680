export class OpenOrders extends Resource { get() { return databases.erp.SalesOrder.search([]); } }
