// The e-service's own script: street suggestions, a character count, validation, a table of
// recent repairs; tells the benchmark (/loaded, /typed) where the name field is and when it is used.
(function () {
  const streets = Vendor.streets();
  const list = document.getElementById("gator");
  for (const street of streets) {
    const option = document.createElement("option");
    option.value = street;
    list.appendChild(option);
  }
  const body = document.querySelector("#atgardat tbody");
  const kinds = ["Gatubelysning", "Hål i vägen", "Nedskräpning", "Lekplats", "Trafikskylt"];
  for (let n = 0; n < 120; n++) {
    const row = body.insertRow();
    const day = new Date(Date.now() - n * 36e5 * 7);
    for (const text of [Vendor.date(day), streets[(n * 7) % streets.length], kinds[n % kinds.length], "Åtgärdat"]) {
      row.insertCell().textContent = text;
    }
  }
  const text = document.getElementById("beskrivning");
  text.addEventListener("input", () => { document.getElementById("tecken").textContent = text.value.length; });
  const name = document.getElementById("namn");
  let told = false;
  name.addEventListener("input", () => {
    sessionStorage.setItem("utkast", JSON.stringify(Vendor.serialize(document.getElementById("report"))));
    if (!told && name.value.length >= 4) { told = true; fetch("/typed"); }
  });
  document.getElementById("report").addEventListener("submit", (event) => {
    event.preventDefault();
    const problems = Vendor.validate(event.target);
    document.getElementById("fel").textContent = problems.join(" ");
  });
  window.addEventListener("load", () => {
    name.scrollIntoView({ block: "center" });
    const box = name.getBoundingClientRect();
    fetch(`/loaded?x=${Math.round(box.left + 40)}&y=${Math.round(box.top + box.height / 2)}`);
  });
})();
