import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';

describe('Timeline', () => {
	it('renders', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(Timeline, {
			props: { story: 'meta-outage-2024-03-05', lang: 'en' },
		});
		expect(html).toContain('around 9 p.m. IST');
	});
});
