/**
 * Live slots kept sorted by a total order (every comparator ends on the product id), so a page is read by
 * walking the list and an edit moves one entry (a binary search and a splice) instead of a re-sort.
 */
export class SlotOrder {
	private list: number[] = [];

	constructor(readonly compare: (a: number, b: number) => number) {}

	get slots(): readonly number[] {
		return this.list;
	}

	reset(slots: number[]): void {
		this.list = [...slots].sort(this.compare);
	}

	insert(slot: number): void {
		this.list.splice(this.position(slot), 0, slot);
	}

	delete(slot: number): void {
		const at = this.position(slot);
		if (this.list[at] === slot) this.list.splice(at, 1);
	}

	/** The first position whose slot does not sort before `slot`. */
	private position(slot: number): number {
		let low = 0;
		let high = this.list.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.compare(this.list[mid] ?? 0, slot) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}
}
