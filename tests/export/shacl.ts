import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import factory from '@zazuko/env';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Parser as TurtleParser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

// SEMIC's CPSV-AP 3.2.0 shapes, vendored with their licence (shapes/LICENSE.md).
const shapes = factory.dataset(new TurtleParser().parse(readFileSync(join(import.meta.dirname, 'shapes/cpsv-ap-3.2.0-shacl.ttl'), 'utf8')));

/** A JSON-LD document as RDF quads; any remote context would fail, so no request leaves the machine. */
export async function jsonLdQuads(text: string) {
  const dataset = factory.dataset();
  const parser = new JsonLdParser({
    dataFactory: factory,
    documentLoader: {
      load: async (url: string) => {
        throw new Error(`the document asks for a remote context: ${url}`);
      },
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('data', (quad) => dataset.add(quad));
    parser.on('error', reject);
    parser.on('end', resolve);
  });
  parser.write(text);
  parser.end();
  await done;
  return dataset;
}

/** The SHACL violations of a JSON-LD document against the CPSV-AP 3.2.0 shapes, as "focus node: path: message" lines. */
export async function cpsvViolations(text: string): Promise<string[]> {
  const report = await new SHACLValidator(shapes, { factory }).validate(await jsonLdQuads(text));
  return report.results.map((result) => `${result.focusNode?.value}: ${result.path?.value}: ${result.message.map((message) => message.value).join('; ')}`);
}
