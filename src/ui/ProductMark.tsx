/** The product's mark: a lab flask whose liquid is a response arrow, in the accent colour. */
export function ProductMark() {
  return (
    <svg className="product-mark" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M12 3h8M13.5 3v8.2L5.6 25.4A2.4 2.4 0 0 0 7.7 29h16.6a2.4 2.4 0 0 0 2.1-3.6L18.5 11.2V3"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path d="M9.2 20h13.6l2.9 5.3a1 1 0 0 1-.9 1.5H7.2a1 1 0 0 1-.9-1.5z" fill="var(--accent)" />
      <path d="M12.5 23.4h6m-2-2 2 2-2 2" fill="none" stroke="var(--bg)" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
