/** The machine-readable export, /codes.json and /commands.json, as data/ has it, valid against its JSON Schemas. */
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { codePagePath, codes, commandPagePath, commands, SITE } from '../support/data';

test.describe('machine-readable export', () => {
	test('/codes.json lists every code as data/ has it, with the commands that return it', async ({
		request,
	}) => {
		const response = await request.get('/codes.json');
		expect(response.ok()).toBe(true);
		const exported = await response.json();
		expect(exported.version).toBe(1);
		expect(exported.codes).toHaveLength(codes.length);
		for (const entry of codes) {
			const item = exported.codes.find(
				(candidate: { code: number }) => candidate.code === entry.code,
			);
			expect(item).toMatchObject({
				name: entry.name,
				message: entry.message,
				summary: entry.summary,
				category: entry.category,
				triage: entry.triage,
				url: new URL(codePagePath(entry.code), SITE).href,
			});
			const listedBy = commands
				.filter((command) => command.codes.listed.includes(entry.code))
				.map((c) => c.name);
			expect([...item.commands.listed].sort()).toEqual(listedBy.sort());
		}
	});

	test('/commands.json lists every command as data/ has it, with its codes', async ({
		request,
	}) => {
		const exported = await (await request.get('/commands.json')).json();
		expect(exported.version).toBe(1);
		expect(exported.commands).toHaveLength(commands.length);
		for (const command of commands) {
			const item = exported.commands.find(
				(candidate: { name: string }) => candidate.name === command.name,
			);
			expect(item).toMatchObject({
				category: command.category,
				summary: command.summary,
				url: new URL(commandPagePath(command.name), SITE).href,
				codes: { listed: command.codes.listed, likely: command.codes.likely },
			});
		}
	});
});

test.describe('JSON Schemas of the export', () => {
	for (const name of ['codes', 'commands']) {
		test(`/${name}.json points to /${name}.schema.json and is valid against it`, async ({
			request,
		}) => {
			const exported = await (await request.get(`/${name}.json`)).json();
			expect(exported.$schema).toBe(new URL(`/${name}.schema.json`, SITE).href);
			const schema = await (await request.get(new URL(exported.$schema).pathname)).json();
			const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
			expect(validate(exported), JSON.stringify(validate.errors, null, 2)).toBe(true);
			// And the schema says something: a broken document fails it.
			const broken = structuredClone(exported);
			broken[name][0][name === 'codes' ? 'code' : 'name'] =
				name === 'codes' ? 'minus eighteen' : 18;
			expect(validate(broken)).toBe(false);
			delete broken.version;
			expect(validate(broken)).toBe(false);
		});
	}
});
