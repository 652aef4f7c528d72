'use strict';
// Minimal multipart/form-data reader: express has none and the emulator must take uploads both from
// PTB (sendDocument) and from tests (/sendDocument), without extra npm dependencies.

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) reject(new Error('Request Entity Too Large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Text parts -> fields, file parts -> files ({ filename, mimeType, data: Buffer }).
async function readMultipart(req) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] || '');
  if (!match) return { fields: {}, files: {} };
  const body = await readRaw(req);
  const boundary = Buffer.from(`--${match[1] || match[2]}`);
  const fields = {};
  const files = {};
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(boundary, headerEnd);
    if (headerEnd === -1 || next === -1) break;
    const headers = body.subarray(start + 2, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next - 2);
    const name = (/;\s*name="([^"]*)"/i.exec(headers) || [])[1];
    const filename = (/;\s*filename="([^"]*)"/i.exec(headers) || [])[1];
    const type = (/content-type:\s*([^\r\n;]+)/i.exec(headers) || [])[1];
    if (name !== undefined && filename !== undefined) {
      files[name] = { filename, mimeType: type || 'application/octet-stream', data: content };
    } else if (name !== undefined) {
      fields[name] = content.toString('utf8');
    }
    pos = next;
  }
  return { fields, files };
}

module.exports = { readMultipart };
