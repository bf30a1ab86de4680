document.getElementById("root").textContent = "SPA placeholder";
