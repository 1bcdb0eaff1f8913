// Citation previews. Hovering or focusing a citation (a number, or an author and year) shows its reference
// list entry beside it; Escape or moving away hides it. Without this script the citation is still a link to
// the entry.
(() => {
  "use strict";
  const popoverId = "citation-popover";
  let popover = null;
  let owner = null;

  const citationOf = (node) => (node instanceof Element ? node.closest("a.citation[data-cite]") : null);

  function hide() {
    if (popover) {
      popover.remove();
      popover = null;
    }
    if (owner) {
      owner.removeAttribute("aria-describedby");
      owner = null;
    }
  }

  function show(link) {
    if (owner === link) {
      return;
    }
    const entry = document.getElementById("ref-" + link.dataset.cite);
    if (!entry) {
      return;
    }
    hide();
    popover = document.createElement("div");
    popover.id = popoverId;
    popover.className = "citation-popover";
    popover.setAttribute("role", "tooltip");
    // A numbered list's entry is shown with its number; an author-date entry begins with its authors.
    const value = entry.getAttribute("value");
    if (value !== null) {
      const number = document.createElement("span");
      number.className = "popover-number";
      number.textContent = value + ". ";
      popover.append(number);
    }
    for (const part of entry.querySelectorAll(".entry, .evidence-badge")) {
      popover.append(part.cloneNode(true), " ");
    }
    document.body.append(popover);
    place(link);
    link.setAttribute("aria-describedby", popoverId);
    owner = link;
  }

  // Below the citation, kept inside the viewport horizontally (scripted CSSOM, allowed by the CSP).
  function place(link) {
    const box = link.getBoundingClientRect();
    const width = Math.min(popover.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    popover.style.left = `${left + window.scrollX}px`;
    popover.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  document.addEventListener("mouseover", (event) => {
    const link = citationOf(event.target);
    if (link) {
      show(link);
    }
  });
  document.addEventListener("mouseout", (event) => {
    const to = event.relatedTarget;
    if (owner && !(to instanceof Node && (owner.contains(to) || (popover && popover.contains(to))))) {
      hide();
    }
  });
  document.addEventListener("focusin", (event) => {
    const link = citationOf(event.target);
    if (link) {
      show(link);
    } else if (!(popover && popover.contains(event.target))) {
      hide();
    }
  });
  // Focus that goes to no element (Enter following the link to its entry, a click on the page's
  // background) fires no focusin: hide here, or the preview would stay describing an unfocused link.
  document.addEventListener("focusout", (event) => {
    if (owner && event.target === owner && event.relatedTarget === null) {
      hide();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      hide();
    }
  });
})();
