// The svglint configuration the bench gives its peer row: rules close to the checks mde-partner runs
// (well-formed XML, an <svg> root with a viewBox, no script, no foreignObject, no raster images), so
// both tools do comparable work on the same files.
export default {
  rules: {
    valid: true,
    elm: { svg: 1, script: false, foreignObject: false, image: false },
    attr: [{ 'rule::selector': 'svg', viewBox: true }],
  },
};
