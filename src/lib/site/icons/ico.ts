/**
 * A favicon.ico around one PNG image: browsers since Windows Vista read a PNG inside the
 * ICO container. The container is a 6-byte header and one 16-byte directory entry.
 */

/** Width and height of a PNG, from its IHDR chunk; undefined for bytes that are no PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) return undefined;
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return undefined;
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

export const ICO_HEADER_SIZE = 6 + 16;

/** An ICO file holding `png` (at most 256×256). */
export function pngToIco(png: Uint8Array): Uint8Array {
	const size = pngSize(png);
	if (!size || size.width > 256 || size.height > 256) throw new Error('pngToIco needs a PNG of at most 256×256');
	const ico = new Uint8Array(ICO_HEADER_SIZE + png.length);
	const view = new DataView(ico.buffer);
	view.setUint16(0, 0, true); // reserved
	view.setUint16(2, 1, true); // type 1: icon
	view.setUint16(4, 1, true); // one image
	view.setUint8(6, size.width % 256); // 0 means 256
	view.setUint8(7, size.height % 256);
	view.setUint8(8, 0); // no palette
	view.setUint8(9, 0); // reserved
	view.setUint16(10, 1, true); // colour planes
	view.setUint16(12, 32, true); // bits per pixel
	view.setUint32(14, png.length, true); // size of the image
	view.setUint32(18, ICO_HEADER_SIZE, true); // where the image starts
	ico.set(png, ICO_HEADER_SIZE);
	return ico;
}
