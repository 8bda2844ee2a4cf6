import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentOf, isWellFormed, plainText, replaceText, seededDoc } from './document-text';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('plain text and Yjs documents', () => {
  it('seeds one paragraph per line and reads the same text back', () => {
    const text = 'Première ligne\n\nTroisième ligne, après une ligne vide';
    const doc = seededDoc(text);
    expect(fragmentOf(doc).length).toBe(3);
    expect(plainText(doc)).toBe(text);
    expect(isWellFormed(doc)).toBe(true);
  });

  it('replaces a text by editing only what changed, so a concurrent edit elsewhere survives', () => {
    const server = seededDoc('Le comité se réunit.\nIl vote le budget.');
    const client = new Y.Doc();
    sync(server, client);
    // The client types in the second line while the server rewrites the first.
    const second = fragmentOf(client).get(1) as Y.XmlElement;
    (second.get(0) as Y.XmlText).insert('Il vote le budget'.length, ' annuel');
    server.transact(() => replaceText(server, 'Le comité de pilotage se réunit.\nIl vote le budget.'));
    sync(client, server);
    sync(server, client);
    expect(plainText(server)).toBe('Le comité de pilotage se réunit.\nIl vote le budget annuel.');
    expect(plainText(client)).toBe(plainText(server));
  });

  it('adds and removes whole lines', () => {
    const doc = seededDoc('un\ndeux\ntrois');
    doc.transact(() => replaceText(doc, 'zéro\nun\ntrois\nquatre'));
    expect(plainText(doc)).toBe('zéro\nun\ntrois\nquatre');
    doc.transact(() => replaceText(doc, ''));
    expect(plainText(doc)).toBe('');
  });

  it('tells a document with other shared types apart', () => {
    const doc = seededDoc('texte');
    doc.getMap('autre').set('x', 1);
    expect(isWellFormed(doc)).toBe(false);
  });
});
