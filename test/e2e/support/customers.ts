import type { Admin } from './wordpress';

/*
 * A customer account of a test's own: WordPress rewrites a user's session tokens on every login, so two
 * tests logging the same customer in at once can log each other out (and a cart can follow the wrong
 * session). Each test that logs a customer in makes its own.
 */

export interface Customer {
	id: number;
	login: string;
	password: string;
	email: string;
	firstName: string;
	lastName: string;
}

let made = 0;

export async function createCustomer(admin: Admin, name: string, names: { firstName?: string; lastName?: string } = {}): Promise<Customer> {
	const stamp = `${Date.now()}-${process.pid}-${(made += 1)}`;
	const customer = { id: 0, login: `${name}-${stamp}`, password: `pw-${stamp}-e2e`, email: `${name}.${stamp}@example.com`, firstName: names.firstName ?? 'Erik', lastName: names.lastName ?? 'Example' };
	({ id: customer.id } = await admin.rest<{ id: number }>('/wp/v2/users', {
		method: 'POST',
		data: { username: customer.login, password: customer.password, email: customer.email, first_name: customer.firstName, last_name: customer.lastName, roles: ['customer'] },
	}));
	return customer;
}

export async function deleteCustomer(admin: Admin, customer: { id: number }): Promise<void> {
	if (customer.id) await admin.rest(`/wp/v2/users/${customer.id}?force=true&reassign=false`, { method: 'DELETE' });
}
