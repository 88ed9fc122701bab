import { expect, test } from 'vitest';
import { stem } from '../../src/offline/app/stem';

/** Words and their stems from the Snowball project's own English vocabulary and output. */
const SNOWBALL: Record<string, string> = {
	consign: 'consign',
	consigned: 'consign',
	consigning: 'consign',
	consignment: 'consign',
	consisted: 'consist',
	consistency: 'consist',
	consistently: 'consist',
	consists: 'consist',
	consolation: 'consol',
	consolatory: 'consolatori',
	consoled: 'consol',
	consolidated: 'consolid',
	consolingly: 'consol',
	consonant: 'conson',
	conspicuously: 'conspicu',
	conspiracy: 'conspiraci',
	conspirators: 'conspir',
	constable: 'constabl',
	constancy: 'constanc',
	knackeries: 'knackeri',
	kneeling: 'kneel',
	knightly: 'knight',
	knitting: 'knit',
	knives: 'knive',
	generously: 'generous',
	hopping: 'hop',
	hoping: 'hope',
	caresses: 'caress',
	ponies: 'poni',
	ties: 'tie',
	agreed: 'agre',
	happy: 'happi',
	skies: 'sky',
	dying: 'die',
	news: 'news',
};

test('stems words as the Snowball English stemmer does', () => {
	const stems = Object.fromEntries(Object.keys(SNOWBALL).map((word) => [word, stem(word)]));
	expect(stems).toEqual(SNOWBALL);
});

test('gives the forms of a word one stem, so that any form finds the others', () => {
	for (const forms of [
		['render', 'renders', 'rendered', 'rendering'],
		['connection', 'connections', 'connected', 'connecting'],
		['configure', 'configured', 'configuration'],
	]) {
		expect(new Set(forms.map(stem)), forms.join(', ')).toHaveProperty('size', 1);
	}
});

test('leaves short words, numbers and codes as they are', () => {
	expect(['id', '64', '-18', '2.5.4'].map(stem)).toEqual(['id', '64', '-18', '2.5.4']);
});
