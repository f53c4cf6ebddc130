import { createFeedPager } from '../../../src/woocommerce/feeds/feed-paging';

describe('createFeedPager', () => {
	let clock = 0;
	let rowSet = [2, 3, 5, 7, 11, 13, 17];
	let scans = 0;
	const scan = async () => {
		scans += 1;
		return [...rowSet];
	};
	const read = async (ids: number[]) => ids.filter((id) => rowSet.includes(id));
	const pager = createFeedPager(() => clock);

	it('answers any page number from one scan, with the total', async () => {
		expect(await pager.page({ key: 'a', number: 3, size: 2 }, scan, read)).toEqual({ rows: [11, 13], total: 7 });
		expect(await pager.page({ key: 'a', number: 4, size: 2 }, scan, read)).toEqual({ rows: [17], total: 7 });
		expect(await pager.page({ key: 'a', number: 9, size: 2 }, scan, read)).toEqual({ rows: [], total: 7 });
		expect(scans).toBe(1);
	});

	it('continues an in-order walk after the last id even when the set changed in between', async () => {
		expect((await pager.page({ key: 'b', number: 1, size: 3 }, scan, read)).rows).toEqual([2, 3, 5]);
		clock += 10_000;
		rowSet = [1, 2, 3, 5, 7, 11, 13, 17];
		// An OFFSET would repeat 5; the walk goes on after it. A page out of order uses the new list.
		expect(await pager.page({ key: 'b', number: 2, size: 3 }, scan, read)).toEqual({ rows: [7, 11, 13], total: 8 });
		expect((await pager.page({ key: 'b', number: 3, size: 2 }, scan, read)).rows).toEqual([7, 11]);
	});

	it('drops rows that left the set since the scan', async () => {
		rowSet = [2, 4, 6, 8];
		expect((await pager.page({ key: 'c', number: 1, size: 4 }, scan, read)).rows).toEqual([2, 4, 6, 8]);
		rowSet = [2, 6, 8];
		expect(await pager.page({ key: 'c', number: 1, size: 4 }, scan, read)).toEqual({ rows: [2, 6, 8], total: 4 });
	});
});
