// The script-cost floor: a module with nothing in it (fetch + parse + evaluate of nothing).
export {};
