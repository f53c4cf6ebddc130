/** Choices of an enum setting as the admin sees them: the server's translated label, never the raw value. */
import type { EnumSchema } from './api';

export interface ChoiceOption {
	label: string;
	value: string;
}

/**
 * The label of one value; the raw value only for a schema without labels, which the PHP suite forbids.
 * @param schema The property (or its `items`) holding `enum` and `enumLabels`.
 * @param value  One allowed value.
 */
export function choiceLabel(
	schema: EnumSchema,
	value: string | number
): string {
	return schema.enumLabels?.[ String( value ) ] ?? String( value );
}

export function choiceOptions( schema: EnumSchema ): ChoiceOption[] {
	return ( schema.enum ?? [] ).map( ( value ) => ( {
		label: choiceLabel( schema, value ),
		value: String( value ),
	} ) );
}
